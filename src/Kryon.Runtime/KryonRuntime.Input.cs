using Kryon.Registry;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Runtime;

/// <summary>
/// Input dispatch: pointer hover/press/click with hit testing, focus and Tab traversal, keys,
/// text entry into Inputs, wheel scrolling, resize and app-defined events.
/// </summary>
public sealed partial class KryonRuntime
{
    /// <summary>The element under the pointer (the deepest hit), or null.</summary>
    public Element? Hovered { get; private set; }

    /// <summary>The element the primary button went down on, until it comes up.</summary>
    public Element? Pressed { get; private set; }

    public Element? Focused { get; private set; }

    public float PointerX { get; private set; } = float.NaN;

    public float PointerY { get; private set; } = float.NaN;

    public TextEditor? EditorOf(Element input) => _editors.GetValueOrDefault(input);

    private void Dispatch(InputEvent input)
    {
        switch (input)
        {
            case PointerMoveEvent move: PointerMoved(move.X, move.Y); break;
            case PointerLeaveEvent: SetHovered(null); PointerX = PointerY = float.NaN; break;
            case PointerDownEvent down: PointerMoved(down.X, down.Y); if (down.Button == PointerButton.Primary) PointerDown(down.Modifiers); break;
            case PointerUpEvent up: PointerMoved(up.X, up.Y); if (up.Button == PointerButton.Primary) PointerUp(); break;
            case WheelEvent wheel: PointerMoved(wheel.X, wheel.Y); Scroll(wheel.DeltaX, wheel.DeltaY); break;
            case KeyDownEvent key: KeyDown(key); break;
            case KeyUpEvent key: KeyUp(key); break;
            case TextInputEvent text: EndComposition(); EditFocused(ed => ed.Insert(text.Text)); break;
            case CompositionEvent composition: Compose(composition); break;
            case PasteEvent paste: EditFocused(ed => ed.Paste(paste.Text)); break;
            case ResizeEvent resize:
                Resize(resize.Width, resize.Height);
                if (Tree.Root is { } root) Fire(root, "onResize", ScriptValue.From((double)ViewportWidth), ScriptValue.From((double)ViewportHeight));
                RehoverAtPointer(); // the new layout may have moved something else under the still pointer
                break;
            case CustomEvent custom:
                if (Tree.GetByHandle(custom.TargetHandle) is { IsAttached: true } target) Fire(target, "on" + custom.Name, custom.Detail, IdOf(target));
                break;
        }
    }

    private void KeyUp(KeyUpEvent key)
    {
        var target = Focused ?? Tree.Root;
        if (target is not null) Fire(target, "onKeyUp", ScriptValue.From(key.Key), IdOf(target), ModifierNames(key.Modifiers));
    }

    /// <summary>
    /// Key handlers get (key, elementId, modifiers): without the modifiers a script cannot tell "s"
    /// from Ctrl+S. They come as one string, "Shift+Control+Alt+Meta" order, "" for none, which
    /// every script language can test with a substring search.
    /// </summary>
    private static ScriptValue ModifierNames(KeyModifiers modifiers)
    {
        if (modifiers == KeyModifiers.None) return ScriptValue.From("");
        var names = new List<string>(4);
        foreach (var m in (ReadOnlySpan<KeyModifiers>)[KeyModifiers.Shift, KeyModifiers.Control, KeyModifiers.Alt, KeyModifiers.Meta])
            if ((modifiers & m) != 0) names.Add(m.ToString());
        return ScriptValue.From(string.Join('+', names));
    }

    /// <summary>Elements that take no input: disabled ones and everything inside them.</summary>
    private static bool IsInert(Element e)
    {
        for (Element? x = e; x is not null; x = x.Parent)
            if (x.State.HasFlag(InteractionState.Disabled)) return true;
        return false;
    }

    // ---- pointer ----------------------------------------------------------------------------------

    private void PointerMoved(float x, float y)
    {
        if (!float.IsFinite(x) || !float.IsFinite(y)) return;
        PointerX = x;
        PointerY = y;
        EnsureGeometry();
        SetHovered(_hitTester.HitTest(Tree, x, y));
        // Dragging in a focused Input selects from where the press put the caret.
        if (Pressed is { } pressed && pressed == Focused && pressed.Is(ElementKind.Input) && !IsInert(pressed))
        {
            var editor = EditorFor(pressed);
            EditorChanged(pressed, editor, editor.ClickAt(CaretIndexAt(pressed, x), extend: true));
        }
        // Dragging a pressed Slider moves its value with the pointer (also outside its box, clamped).
        if (Pressed is { } slider && slider.Is(ElementKind.Slider) && !IsInert(slider)) SlideTo(slider, SliderPainter.ValueAt(slider, ContentBoxOf(slider), x));
    }

    /// <summary>
    /// The content moved under a still pointer (a scroll, a resize, any new layout): hit-test again at
    /// the last pointer position, so that hover state and enter/leave handlers follow what is now under it.
    /// </summary>
    private void RehoverAtPointer()
    {
        if (!float.IsFinite(PointerX) || !float.IsFinite(PointerY)) return;
        EnsureGeometry();
        SetHovered(_hitTester.HitTest(Tree, PointerX, PointerY));
    }

    /// <summary>
    /// The caret index nearest to window x in an Input: the grapheme boundary whose caret position
    /// (<see cref="TextPlacement.CaretX"/>, where <see cref="DisplayListBuilder"/> draws the caret) is closest.
    /// </summary>
    private int CaretIndexAt(Element input, float x)
    {
        var editor = EditorFor(input);
        string text = editor.Text;
        var content = ContentBoxOf(input);
        float local = x - content.X;
        int best = 0;
        float bestDistance = Math.Abs(TextPlacement.CaretX(Layout.Measurer, input, content.Width, text, 0) - local);
        for (int i = 0; i < text.Length;)
        {
            i = GraphemeText.NextBoundary(text, i);
            float distance = Math.Abs(TextPlacement.CaretX(Layout.Measurer, input, content.Width, text, i) - local);
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        return best;
    }

    private static LayoutBox ContentBoxOf(Element e)
        => DisplayListBuilder.ContentBox(e, e.ScreenBox, e.BorderSides);

    /// <summary>Hit testing needs the boxes of the current tree: lay out and paint first if something changed.</summary>
    private void EnsureGeometry()
    {
        if (Tree.LayoutChanged.Count == 0 && !Tree.NeedsPaint && !_paintRequested && DisplayList.Version > 0) return;
        Layout.Update(Tree, ViewportWidth, ViewportHeight);
        _builder.Focused = Focused;
        _builder.Build(Tree, DisplayList, ViewportWidth, ViewportHeight);
        // Built for hit testing mid-frame, not presented: the frame's own build adds to this damage,
        // and happens even when nothing changes after this (the changes before it are not on screen yet).
        DisplayList.HoldDamage();
        Tree.ClearPaintChanges();
        _paintRequested = false;
        _builtForHitTesting = true;
    }

    /// <summary>The display list was built mid-frame for hit testing: the frame must still build (and report) it.</summary>
    private bool _builtForHitTesting;

    /// <summary>Hover applies to the hit element and its ancestors (as CSS :hover); enter/leave handlers run for the ones that changed.</summary>
    private void SetHovered(Element? hit)
    {
        if (hit == Hovered) return;
        var old = Hovered;
        Hovered = hit;
        for (var e = old; e is not null; e = e.Parent)
            if (hit is null || (e != hit && !hit.IsDescendantOf(e)))
            {
                e.SetState(InteractionState.Hover, false);
                if (!IsInert(e)) Fire(e, "onLeave", IdOf(e));
            }
        for (var e = hit; e is not null; e = e.Parent)
            if (!e.State.HasFlag(InteractionState.Hover))
            {
                e.SetState(InteractionState.Hover, true);
                if (!IsInert(e)) Fire(e, "onHover", IdOf(e));
            }
    }

    private void PointerDown(KeyModifiers modifiers)
    {
        var hit = Hovered;
        if (hit is null || IsInert(hit)) return;
        Pressed = hit;
        for (var e = hit; e is not null; e = e.Parent) e.SetState(InteractionState.Active, true);
        var focusTarget = Closest(hit, FocusNavigator.IsFocusable);
        SetFocus(focusTarget);
        // A press in an Input puts the caret where it was pressed (Shift extends the selection), not at the end.
        if (focusTarget is not null && focusTarget == hit && hit.Is(ElementKind.Input))
        {
            var editor = EditorFor(hit);
            EditorChanged(hit, editor, editor.ClickAt(CaretIndexAt(hit, PointerX), extend: (modifiers & KeyModifiers.Shift) != 0));
        }
        if (hit.Is(ElementKind.Slider)) SlideTo(hit, SliderPainter.ValueAt(hit, ContentBoxOf(hit), PointerX));
        if (Closest(hit, e => Handles(e, "onPress")) is { } pressTarget) Fire(pressTarget, "onPress", IdOf(pressTarget));
    }

    private void PointerUp()
    {
        var pressed = Pressed;
        Pressed = null;
        if (pressed is null) return;
        for (var e = pressed; e is not null; e = e.Parent) e.SetState(InteractionState.Active, false);
        var hit = Hovered;
        if (hit is not null && !IsInert(hit) && Closest(hit, e => Handles(e, "onRelease")) is { } releaseTarget)
            Fire(releaseTarget, "onRelease", IdOf(releaseTarget));
        // A click is a press and release inside the same clickable element. Releasing on an
        // ancestor of it (the App background) is outside it too, so that cancels the click.
        if (hit is null || IsInert(hit)) return;
        if (Closest(pressed, IsActivatable) is { } target && (hit == target || hit.IsDescendantOf(target))) Activate(target);
    }

    private bool IsActivatable(Element e) =>
        e.Is(ElementKind.Button) || e.Is(ElementKind.Checkbox) || e.Is(ElementKind.Radio) || Handles(e, "onClick");

    private static Element? Closest(Element start, Func<Element, bool> predicate)
    {
        for (Element? e = start; e is not null; e = e.Parent)
            if (predicate(e)) return e;
        return null;
    }

    /// <summary>A click, or Enter/Space on a focused control: toggles a Checkbox, selects a Radio, then runs onClick.</summary>
    private void Activate(Element target)
    {
        if (IsInert(target)) return;
        if (target.Is(ElementKind.Checkbox))
        {
            bool now = !target.State.HasFlag(InteractionState.Checked);
            target.SetOwn(Props.Checked, new BoolValue(now));
            Fire(target, "onChange", ScriptValue.From(now), IdOf(target));
        }
        else if (target.Is(ElementKind.Radio) && !target.State.HasFlag(InteractionState.Checked))
        {
            SelectRadio(target);
            Fire(target, "onChange", ScriptValue.From((target.Get(Props.Value) as StringValue)?.Value ?? target.Id ?? ""), IdOf(target));
        }
        Fire(target, "onClick", IdOf(target));
    }

    /// <summary>Radios with the same `name` form a group: checking one unchecks the others.</summary>
    private void SelectRadio(Element radio)
    {
        if (radio.Get(Props.Name) is StringValue { Value.Length: > 0 } group && Tree.Root is { } root)
            foreach (var other in root.DescendantsAndSelf())
                if (other != radio && other.Is(ElementKind.Radio) && other.Get(Props.Name) is StringValue name && name.Value == group.Value)
                    other.SetOwn(Props.Checked, new BoolValue(false));
        radio.SetOwn(Props.Checked, new BoolValue(true));
    }

    /// <summary>
    /// The wheel scrolls the innermost scroll container under the pointer as far as it can; what is
    /// left once it reaches its end goes on to the scroll container around it, and so on (a
    /// browser's scroll chaining). Each container that moved runs its onScroll.
    /// </summary>
    private void Scroll(float dx, float dy)
    {
        if (Hovered is null || !float.IsFinite(dx) || !float.IsFinite(dy)) return;
        static bool IsScroller(Element e) => e.Get(Props.Overflow) is EnumValue { Member: "scroll" };
        bool scrolled = false;
        for (var scroller = Closest(Hovered, IsScroller); scroller is not null && (dx != 0 || dy != 0);
             scroller = scroller.Parent is { } parent ? Closest(parent, IsScroller) : null)
        {
            var viewport = scroller.BorderSides.Inset(scroller.ScreenBox);
            float maxX = Math.Max(0, scroller.ContentWidth - viewport.Width);
            float maxY = Math.Max(0, scroller.ContentHeight - viewport.Height);
            float x = Math.Clamp(scroller.ScrollX + dx, 0, maxX), y = Math.Clamp(scroller.ScrollY + dy, 0, maxY);
            dx -= x - scroller.ScrollX;
            dy -= y - scroller.ScrollY;
            if (x == scroller.ScrollX && y == scroller.ScrollY) continue;
            scroller.ScrollX = x;
            scroller.ScrollY = y;
            scrolled = true;
            Fire(scroller, "onScroll", ScriptValue.From((double)y), IdOf(scroller));
        }
        if (!scrolled) return;
        RequestPaint();
        RehoverAtPointer();
    }

    // ---- sliders -------------------------------------------------------------------------------------

    /// <summary>Arrow keys move a focused Slider by a step (right/up more, left/down less), Home and End to min and max.</summary>
    private bool SliderKey(Element slider, string key)
    {
        var range = SliderPainter.Range.Of(slider);
        double? value = key switch
        {
            "ArrowRight" or "ArrowUp" => range.Value + range.KeyStep,
            "ArrowLeft" or "ArrowDown" => range.Value - range.KeyStep,
            "Home" => range.Min,
            "End" => range.Max,
            _ => null,
        };
        if (value is not { } v) return false;
        SlideTo(slider, range.Snap(v));
        return true;
    }

    /// <summary>
    /// A user change of a Slider's value (already snapped and clamped): the value property and a
    /// two-way bound variable (`value: $volume`) follow, then onChange(value, elementId) runs —
    /// only when the value really changed, so a drag calls it once per step crossed.
    /// </summary>
    private void SlideTo(Element slider, double value)
    {
        if (value == SliderPainter.Range.Of(slider).Value) return;
        bool whole = value == Math.Floor(value) && Math.Abs(value) < 1e15;
        slider.SetOwn(Props.Value, new StringValue(Number.Format(value)));
        if (_twoWay.TryGetValue(slider, out var bound)) State.Set(bound.Scope, bound.Variable, new NumberLiteral(value, whole));
        Fire(slider, "onChange", whole ? ScriptValue.From((long)value) : ScriptValue.From(value), IdOf(slider));
    }

    // ---- focus and keys -----------------------------------------------------------------------------

    /// <summary>Moves keyboard focus (null clears it): blur on the old element, focus on the new.</summary>
    public void SetFocus(Element? target)
    {
        if (target == Focused) return;
        EndComposition(); // an input method's composition belongs to the field that had focus
        var old = Focused;
        Focused = target;
        if (old is not null)
        {
            old.SetState(InteractionState.Focus, false);
            Fire(old, "onBlur", IdOf(old));
        }
        if (target is not null)
        {
            target.SetState(InteractionState.Focus, true);
            if (target.Is(ElementKind.Input)) EditorFor(target);
            Fire(target, "onFocus", IdOf(target));
        }
        RequestPaint();
    }

    private TextEditor EditorFor(Element input)
    {
        if (!_editors.TryGetValue(input, out var editor))
        {
            editor = new TextEditor((input.Get(Props.Value) as StringValue)?.Value ?? "");
            editor.MoveEnd();
            _editors[input] = editor;
        }
        editor.MaxLength = input.Get(Props.MaxLength) is IntValue { Value: > 0 } max ? max.Value : null;
        editor.ReadOnly = input.Get(Props.ReadOnly) is BoolValue { Value: true };
        editor.Password = input.Get(Props.InputType) is EnumValue { Member: "password" };
        return editor;
    }

    private void KeyDown(KeyDownEvent key)
    {
        var target = Focused ?? Tree.Root;
        if (target is not null) Fire(target, "onKeyDown", ScriptValue.From(key.Key), IdOf(target), ModifierNames(key.Modifiers));
        if (key.Key == "Tab" && (key.Modifiers & (KeyModifiers.Control | KeyModifiers.Alt | KeyModifiers.Meta)) == 0)
        {
            EnsureGeometry();
            SetFocus(FocusNavigator.Next(Tree, Focused, backwards: (key.Modifiers & KeyModifiers.Shift) != 0));
            return;
        }
        if (key.Key == "Escape" && Focused is not null)
        {
            SetFocus(null);
            return;
        }
        if (Focused is null || IsInert(Focused)) return;
        if (Focused.Is(ElementKind.Input))
        {
            InputKey(Focused, key);
            return;
        }
        if (Focused.Is(ElementKind.Slider) && SliderKey(Focused, key.Key)) return;
        if (key.Key is "Enter" or " " && IsActivatable(Focused)) Activate(Focused);
    }

    private void InputKey(Element input, KeyDownEvent key)
    {
        var editor = EditorFor(input);
        bool control = (key.Modifiers & (KeyModifiers.Control | KeyModifiers.Meta)) != 0;
        if (control && key.Key is "c" or "C")
        {
            if (editor.Copy() is { } copied) Options.Clipboard.SetText(copied);
            return;
        }
        if (control && key.Key is "x" or "X")
        {
            if (editor.Cut() is { } cut)
            {
                Options.Clipboard.SetText(cut);
                EditorChanged(input, editor, EditResult.TextChanged);
            }
            return;
        }
        if (control && key.Key is "v" or "V")
        {
            if (Options.Clipboard.GetText() is { } pasted) EditorChanged(input, editor, editor.Paste(pasted));
            return;
        }
        EditorChanged(input, editor, editor.HandleKey(key.Key, key.Modifiers));
    }

    private void EditFocused(Func<TextEditor, EditResult> edit)
    {
        if (Focused is not { } input || !input.Is(ElementKind.Input) || IsInert(input)) return;
        var editor = EditorFor(input);
        EditorChanged(input, editor, edit(editor));
    }

    /// <summary>After an edit: the value property and a two-way bound variable follow the text; onChange / onSubmit run.</summary>
    private void EditorChanged(Element input, TextEditor editor, EditResult result)
    {
        if ((result & (EditResult.CaretMoved | EditResult.SelectionChanged)) != 0)
        {
            input.RequestRepaint(); // the caret and selection are no property: the display list must not reuse the Input
            RequestPaint();
        }
        if ((result & EditResult.TextChanged) != 0)
        {
            input.SetOwn(Props.Value, new StringValue(editor.Text));
            if (_twoWay.TryGetValue(input, out var bound)) State.Set(bound.Scope, bound.Variable, new StringLiteral(editor.Text));
            Fire(input, "onInput", ScriptValue.From(editor.Text), IdOf(input));
            Fire(input, "onChange", ScriptValue.From(editor.Text), IdOf(input));
        }
        if ((result & EditResult.Submit) != 0) Fire(input, "onSubmit", ScriptValue.From(editor.Text), IdOf(input));
    }
}
