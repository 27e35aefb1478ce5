;; Eglot (built into Emacs 29 and later): gopls, started as mapilint lsp.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((go-mode go-ts-mode) . ("mapilint" "lsp"))))
(add-hook 'go-mode-hook #'eglot-ensure)
(add-hook 'go-ts-mode-hook #'eglot-ensure)
