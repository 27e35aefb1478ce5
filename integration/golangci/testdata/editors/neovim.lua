-- Neovim 0.11+ with nvim-lspconfig: golangci-lint-langserver runs the
-- custom golangci-lint binary (on PATH) with JSON output to stdout.
vim.lsp.config('golangci_lint_ls', {
  init_options = {
    command = { 'golangci-lint-mapilint', 'run', '--output.json.path=stdout', '--show-stats=false' },
  },
})
vim.lsp.enable('golangci_lint_ls')
