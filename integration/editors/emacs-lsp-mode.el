;; lsp-mode: its gopls client, started as mapilint lsp.
(setq lsp-go-gopls-server-path "mapilint"
      lsp-go-gopls-server-args '("lsp"))
(add-hook 'go-mode-hook #'lsp-deferred)
