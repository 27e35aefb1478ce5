-- Neovim 0.11 or later with nvim-lspconfig: its gopls, started as mapilint lsp.
vim.lsp.config('gopls', { cmd = { 'mapilint', 'lsp' } })
vim.lsp.enable('gopls')
-- With an older nvim-lspconfig (Neovim 0.10 and before), instead:
-- require('lspconfig').gopls.setup({ cmd = { 'mapilint', 'lsp' } })
