-- The Neovim test's harness (cmd/mapilint/nvim_test.go): loads the README's
-- configuration (neovim.lua, next to this file), then writes every
-- diagnostic, as vim.diagnostic.get() returns it, as JSON to
-- $MAPILINT_NVIM_OUT whenever they change, and quits once diagnostics of
-- every source in $MAPILINT_NVIM_SOURCES (comma-separated) have arrived, or
-- with status 2 after $MAPILINT_NVIM_TIMEOUT seconds.
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)')
dofile(here .. 'neovim.lua')

local out = assert(os.getenv('MAPILINT_NVIM_OUT'), 'MAPILINT_NVIM_OUT is not set')
local timeout = tonumber(os.getenv('MAPILINT_NVIM_TIMEOUT') or '120')
local want = vim.split(os.getenv('MAPILINT_NVIM_SOURCES') or '', ',', { trimempty = true })

local done = false -- quitting: what happens to the diagnostics now is not the test's

local function write()
  local diags = vim.diagnostic.get()
  for _, d in ipairs(diags) do
    d.file = vim.api.nvim_buf_get_name(d.bufnr)
  end
  vim.fn.writefile({ vim.fn.json_encode(diags) }, out .. '.tmp')
  vim.loop.fs_rename(out .. '.tmp', out)
  local seen = {}
  for _, d in ipairs(diags) do
    seen[d.source or ''] = true
  end
  for _, source in ipairs(want) do
    if not seen[source] then
      return false
    end
  end
  return #want > 0
end

vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function()
    if not done and write() then
      done = true
      vim.schedule(function() vim.cmd('qall!') end)
    end
  end,
})
vim.defer_fn(function()
  if done then
    return
  end
  done = true
  write()
  vim.cmd('cquit! 2')
end, timeout * 1000)
