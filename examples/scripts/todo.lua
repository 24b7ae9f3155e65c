-- scripts/todo.lua - handlers for examples/todo.kry
--
-- Each todo row is a Container "todo_N" holding a Checkbox "check_N" and a
-- delete Button "del_N". Rows 1-3 are declared in the .kry file; new rows are
-- created here with kryon.createElement / kryon.appendChild.

local todos = {
    { id = 1, text = "Read the KRY spec", done = true },
    { id = 2, text = "Write the counter example", done = false },
    { id = 3, text = "Compile everything to KRB", done = false },
}
local next_id = 4
local draft = ""

local function findIndex(id)
    for i, t in ipairs(todos) do
        if t.id == id then
            return i
        end
    end
    return nil
end

-- "check_12" -> 12
local function idFromElement(elementId)
    return tonumber(string.match(elementId or "", "_(%d+)$"))
end

local function refreshSummary()
    local open = 0
    for _, t in ipairs(todos) do
        if not t.done then
            open = open + 1
        end
    end
    kryon.setVariable("remaining", open)
    kryon.setVariable("total", #todos)
    kryon.setProperty(kryon.getElementById("empty_state"), "visibility", #todos == 0)
end

local function appendRow(todo)
    local list = kryon.getElementById("todo_list")
    local row = kryon.createElement("Container", { id = "todo_" .. todo.id, style = "todo_row" })
    local check = kryon.createElement("Checkbox", {
        id = "check_" .. todo.id,
        text = todo.text,
        checked = false,
        style = "todo_check",
        layout = "grow",
        onChange = "toggleTodo",
    })
    local del = kryon.createElement("Button", {
        id = "del_" .. todo.id,
        text = "x",
        style = "delete_button",
        onClick = "deleteTodo",
    })
    kryon.appendChild(row, check)
    kryon.appendChild(row, del)
    kryon.appendChild(list, row)
end

local function addFromText(text)
    text = string.gsub(text or "", "^%s+", "")
    text = string.gsub(text, "%s+$", "")
    if text == "" then
        kryon.log("ignoring empty todo")
        return
    end
    local todo = { id = next_id, text = text, done = false }
    next_id = next_id + 1
    table.insert(todos, todo)
    appendRow(todo)

    draft = ""
    kryon.setProperty(kryon.getElementById("new_todo"), "value", "")
    refreshSummary()
end

function draftChanged(value, elementId)
    draft = value
end

function submitTodo(value, elementId)
    addFromText(value)
end

function addTodo(elementId)
    addFromText(draft)
end

function toggleTodo(value, elementId)
    local i = findIndex(idFromElement(elementId))
    if i then
        todos[i].done = (value == true or value == "true")
        refreshSummary()
    end
end

function deleteTodo(elementId)
    local id = idFromElement(elementId)
    local i = findIndex(id)
    if i then
        table.remove(todos, i)
        kryon.removeElement(kryon.getElementById("todo_" .. id))
        refreshSummary()
    end
end

function clearCompleted(elementId)
    for i = #todos, 1, -1 do
        local t = todos[i]
        if t.done then
            kryon.removeElement(kryon.getElementById("todo_" .. t.id))
            table.remove(todos, i)
        end
    end
    refreshSummary()
end
