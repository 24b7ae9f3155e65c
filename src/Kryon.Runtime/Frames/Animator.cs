using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Runtime.Frames;

/// <summary>One running property animation.</summary>
public sealed record Animation(int Id, Element Element, PropertyInfo Property, PropertyValue From, PropertyValue To,
    double StartMs, double DurationMs, Easing Easing, ScriptFunctionRef? OnComplete);

/// <summary>
/// Property animations on the runtime clock (the bridge's `animate`): each frame moves every
/// running animation to its eased value at the frame's time, as a script change of the property.
/// A new animation of the same element and property replaces the running one; an element that
/// leaves the tree ends its animations. Finished ones are handed back so their completion
/// callbacks run after the frame's values are set.
/// </summary>
public sealed class Animator
{
    /// <summary>A runaway script cannot start animations without bound.</summary>
    public const int MaxAnimations = 10_000;

    private readonly List<Animation> _running = [];
    private readonly List<Animation> _finished = [];
    private int _nextId = 1;

    public IReadOnlyList<Animation> Running => _running;

    public int Count => _running.Count;

    /// <summary>Starts an animation; returns it, the one it replaced (or null), or null for both when the limit is reached.</summary>
    public (Animation? Started, Animation? Replaced) Start(Element element, PropertyInfo property, PropertyValue from, PropertyValue to,
        double nowMs, double durationMs, Easing easing, ScriptFunctionRef? onComplete)
    {
        int index = _running.FindIndex(a => a.Element == element && a.Property == property);
        Animation? replaced = index >= 0 ? _running[index] : null;
        if (replaced is null && _running.Count >= MaxAnimations) return (null, null);
        var animation = new Animation(_nextId++, element, property, from, to, nowMs, Math.Max(0, durationMs), easing, onComplete);
        if (index >= 0) _running[index] = animation; else _running.Add(animation);
        return (animation, replaced);
    }

    public Animation? Cancel(int id)
    {
        int index = _running.FindIndex(a => a.Id == id);
        if (index < 0) return null;
        var animation = _running[index];
        _running.RemoveAt(index);
        return animation;
    }

    /// <summary>Removes every animation (snapshot restore); returns them.</summary>
    public IReadOnlyList<Animation> Clear()
    {
        var all = _running.ToList();
        _running.Clear();
        return all;
    }

    /// <summary>
    /// Sets every animated property to its value at <paramref name="nowMs"/>. Returns the animations
    /// that ended: finished ones (at their end value) and ones whose element left the tree.
    /// </summary>
    public IReadOnlyList<Animation> Advance(double nowMs)
    {
        _finished.Clear();
        for (int i = 0; i < _running.Count; i++)
        {
            var a = _running[i];
            bool done;
            if (!a.Element.IsAttached) done = true;
            else
            {
                double t = a.DurationMs <= 0 ? 1 : (nowMs - a.StartMs) / a.DurationMs;
                done = t >= 1;
                a.Element.SetScriptValue(a.Property, done ? a.To : PropertyTween.At(a.From, a.To, a.Easing.Apply(Math.Max(0, t))));
            }
            if (done)
            {
                _finished.Add(a);
                _running.RemoveAt(i--);
            }
        }
        return _finished;
    }
}
