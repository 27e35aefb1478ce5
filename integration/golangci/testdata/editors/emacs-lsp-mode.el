;; lsp-mode's golangci-lint client passes golangci-lint v1's --out-format=json,
;; which v2 rejects: give golangci-lint-langserver the v2 command instead.
(defun my/golangci-lint-v2-init-options ()
  (let ((opts (make-hash-table :test 'equal)))
    (puthash "command"
             ["golangci-lint-mapilint" "run" "--output.json.path=stdout" "--show-stats=false"]
             opts)
    opts))
(with-eval-after-load 'lsp-golangci-lint
  (advice-add 'lsp-golangci-lint--get-initialization-options
              :override #'my/golangci-lint-v2-init-options))
(add-hook 'go-mode-hook #'lsp-deferred)
