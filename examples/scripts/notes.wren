// scripts/notes.wren - handlers for examples/notes.kry
// Event handlers are static methods; the runtime finds them by name.

import "kryon" for Kryon

class Notes {
    // Lazily create the note store the first time any handler runs.
    static ensure_() {
        if (__notes == null) {
            __notes = [
                {"title": "Shopping", "body": "Milk, eggs, coffee beans"},
                {"title": "Ideas for the talk", "body": "Start with the demo, then the KRB format."},
                {"title": "Books to read", "body": "The Design of Everyday Things"}
            ]
            __current = 0
            __draftTitle = "Shopping"
            __draftBody = "Milk, eggs, coffee beans"
        }
    }

    static slotIndex_(elementId) { Num.fromString(elementId[5..-1]) - 1 }

    static refresh_() {
        for (i in 0...6) {
            var slot = Kryon.getElementById("note_%(i + 1)")
            var used = i < __notes.count
            Kryon.setProperty(slot, "visibility", used)
            Kryon.setProperty(slot, "text", used ? __notes[i]["title"] : "")
            Kryon.setStyle(slot, i == __current ? "note_slot_selected" : "note_slot")
        }
        Kryon.setVariable("status", "%(__notes.count) notes")
    }

    static load_(index) {
        __current = index
        var note = __notes[index]
        __draftTitle = note["title"]
        __draftBody = note["body"]
        Kryon.setProperty(Kryon.getElementById("title"), "value", __draftTitle)
        Kryon.setProperty(Kryon.getElementById("body"), "value", __draftBody)
        Kryon.setVariable("editor_heading", __draftTitle)
        refresh_()
    }

    static selectNote(elementId) {
        ensure_()
        var index = slotIndex_(elementId)
        if (index < __notes.count) load_(index)
    }

    static newNote(elementId) {
        ensure_()
        if (__notes.count >= 6) {
            Kryon.setVariable("status", "Sidebar is full - delete a note first")
            return
        }
        __notes.add({"title": "Untitled", "body": ""})
        load_(__notes.count - 1)
    }

    static titleChanged(value, elementId) {
        ensure_()
        __draftTitle = value
    }

    static bodyChanged(value, elementId) {
        ensure_()
        __draftBody = value
    }

    static saveNote(elementId) {
        ensure_()
        var title = __draftTitle == "" ? "Untitled" : __draftTitle
        __notes[__current] = {"title": title, "body": __draftBody}
        Kryon.setVariable("editor_heading", title)
        refresh_()
        Kryon.setVariable("status", "Saved")
    }

    static deleteNote(elementId) {
        ensure_()
        if (__notes.count == 1) {
            Kryon.setVariable("status", "Keep at least one note")
            return
        }
        __notes.removeAt(__current)
        load_(__current > 0 ? __current - 1 : 0)
    }
}
