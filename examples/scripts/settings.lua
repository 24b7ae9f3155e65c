-- scripts/settings.lua - handlers for examples/settings.kry

local dirty = false

local function setDirty(flag)
    dirty = flag
    kryon.setProperty(kryon.getElementById("save"), "disabled", not flag)
    kryon.setVariable("saved_note", flag and "Unsaved changes" or "All changes saved")
end

function markDirty(value, elementId)
    setDirty(true)
end

function toggleSetting(value, elementId)
    kryon.log(elementId .. " -> " .. tostring(value))
    setDirty(true)
end

function setVolume(value, elementId)
    local pct = math.floor(tonumber(value) or 0)
    kryon.setProperty(kryon.getElementById("volume_label"), "text", pct .. "%")
    setDirty(true)
end

function chooseTheme(value, elementId)
    kryon.log("theme: " .. tostring(value))
    setDirty(true)
end

function saveSettings(elementId)
    kryon.log("settings saved")
    setDirty(false)
end

function resetSettings(elementId)
    kryon.setProperty(kryon.getElementById("display_name"), "value", "Ada Lovelace")
    kryon.setProperty(kryon.getElementById("notify_email"), "checked", true)
    kryon.setProperty(kryon.getElementById("notify_desktop"), "checked", false)
    kryon.setProperty(kryon.getElementById("volume"), "value", 60)
    kryon.setProperty(kryon.getElementById("volume_label"), "text", "60%")
    setDirty(false)
end
