-- Drives `kryon lsp` from Neovim's built-in LSP client (headless), for NeovimTests.cs.
-- Inputs (environment): KRYON_DLL (kryon.dll), KRYON_LSP_OUT (the JSON results file).
-- The .kry file to edit is the one Neovim was started with. Every wait is bounded; any
-- failure is written to the results as `error` so the test can show it.

local out_path = vim.env.KRYON_LSP_OUT
local results = {}

local function finish()
  local file = io.open(out_path, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('qall!')
end

-- The 0-based line and the column of `needle` (plus `delta`) in the buffer.
local function find(buf, needle, delta)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return i - 1, col - 1 + (delta or 0) end
  end
  error('not in the buffer: ' .. needle)
end

local function request(buf, method, needle, delta)
  local line, col = find(buf, needle, delta)
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = line, character = col } }
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 15000)
  if not responses then error(method .. ': ' .. tostring(err)) end
  for _, response in pairs(responses) do
    if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
    return response.result
  end
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local attached = false
  local config = {
    name = 'kryon',
    cmd = { 'dotnet', vim.env.KRYON_DLL, 'lsp' },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':h'),
    on_attach = function() attached = true end,
  }
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian 12) has no vim.lsp.start; this is what it does.
    local id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, id)
  end
  if not vim.wait(60000, function() return attached end, 50) then error('the client did not attach') end
  results.attached = true

  -- Diagnostics for the file as opened (it has a misspelt property).
  if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then error('no diagnostics published') end
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(results.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code })
  end

  -- Fix the typo as a user would (an incremental change); the diagnostics must go away.
  local line = find(buf, 'colr:')
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { (text:gsub('colr:', 'text_color:')) })
  results.fixed = vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 50)

  local completion = request(buf, 'textDocument/completion', 'text_alignment: ', #'text_alignment: ')
  local items = completion.items or completion
  results.completion = {}
  for _, item in ipairs(items) do table.insert(results.completion, item.label) end

  local hover = request(buf, 'textDocument/hover', 'window_width', 2)
  results.hover = hover and hover.contents and hover.contents.value or vim.NIL

  local definition = request(buf, 'textDocument/definition', '$count', 2)
  results.definition = definition and definition[1] and definition[1].range.start.line or vim.NIL
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then results.error = tostring(err) end
    finish()
  end,
})
