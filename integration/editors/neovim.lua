-- Neovim 0.7 or later, no plugins: gopls through mapilint lsp for Go files.
-- mapilint and gopls must be on PATH (or write absolute paths in cmd).
local clients = {} -- one server per module root

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'go',
  callback = function(args)
    local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
    local gomod = vim.fn.findfile('go.mod', dir .. ';')
    local root = gomod ~= '' and vim.fn.fnamemodify(gomod, ':p:h') or dir
    if not clients[root] then
      clients[root] = vim.lsp.start_client({
        name = 'gopls',
        cmd = { 'mapilint', 'lsp' },
        root_dir = root,
      })
    end
    vim.lsp.buf_attach_client(args.buf, clients[root])
  end,
})
