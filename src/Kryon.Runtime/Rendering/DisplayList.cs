using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// The flat list of draw commands for one frame (ARCHITECTURE.md "Display list"): what every
/// backend consumes. Commands are in paint order (back to front). <see cref="Version"/> changes
/// whenever the contents do, so a backend can skip presenting an unchanged frame.
///
/// <see cref="Damage"/> says where the picture can differ from the one of version
/// <see cref="DamageBase"/>: a backend that still shows that version may repaint only those
/// rectangles (see <c>CairoFrameBuffer</c>); any other backend redraws everything.
/// </summary>
public sealed class DisplayList
{
    /// <summary>
    /// At most this many damage rectangles: more are merged. Two or three independent changes (a
    /// clock in one corner, a counter in another) stay separate, so their repaint is the size of
    /// the changes, not of the rectangle spanning them; a few rectangles keep the clip cheap.
    /// </summary>
    public const int MaxDamageRects = 4;

    private DisplayCommand[] _commands = new DisplayCommand[64];
    private readonly LayoutBox[] _damage = new LayoutBox[MaxDamageRects];
    private int _damageCount;
    private bool _holdDamage;

    public int Count { get; private set; }

    public int Version { get; private set; }

    public float Width { get; internal set; }

    public float Height { get; internal set; }

    /// <summary>The window's background (the App's background colour).</summary>
    public Kryon.Values.Color Background { get; internal set; }

    public ReadOnlySpan<DisplayCommand> Commands => _commands.AsSpan(0, Count);

    public DisplayCommand this[int index] => (uint)index < (uint)Count ? _commands[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The version <see cref="Damage"/> is relative to (the one before this, unless builds were not published in between).</summary>
    public int DamageBase { get; private set; }

    /// <summary>Everything may have changed (first frame, new size or background, the root changed): <see cref="Damage"/> is the whole window.</summary>
    public bool DamageIsFull { get; private set; } = true;

    /// <summary>
    /// Window-pixel rectangles (layout units, at most <see cref="MaxDamageRects"/>, disjoint unless
    /// merging made them touch) outside which the picture is the same as in version
    /// <see cref="DamageBase"/>: the old and new bounds of every element whose painting changed.
    /// Text can draw a little outside its box (glyph overhang, lines that overflow); a backend
    /// that repaints damage accounts for that itself. Empty when nothing visible changed.
    /// </summary>
    public ReadOnlySpan<LayoutBox> Damage
    {
        get
        {
            if (!DamageIsFull) return _damage.AsSpan(0, _damageCount);
            _damage[0] = new LayoutBox(0, 0, Width, Height);
            return _damage.AsSpan(0, 1);
        }
    }

    /// <summary>The union of <see cref="Damage"/> (empty when there is none).</summary>
    public LayoutBox DamageBounds
    {
        get
        {
            var damage = Damage;
            if (damage.Length == 0) return default;
            var u = damage[0];
            for (int i = 1; i < damage.Length; i++) u = Union(u, damage[i]);
            return u;
        }
    }

    internal void Clear() => Count = 0;

    internal void Add(in DisplayCommand command)
    {
        if (Count == _commands.Length) Array.Resize(ref _commands, _commands.Length * 2);
        _commands[Count++] = command;
    }

    internal void AddRange(ReadOnlySpan<DisplayCommand> commands)
    {
        if (Count + commands.Length > _commands.Length) Array.Resize(ref _commands, Math.Max(_commands.Length * 2, Count + commands.Length));
        commands.CopyTo(_commands.AsSpan(Count));
        Count += commands.Length;
    }

    internal void Publish() => Version++;

    /// <summary>
    /// Starts a build: the list takes <paramref name="spare"/> as its (empty) command buffer and
    /// hands back the buffer holding the previous frame, so a builder can copy unchanged runs out of
    /// it (double buffering: no allocation once both buffers are big enough). Starts a new damage
    /// record unless <see cref="HoldDamage"/> asked to keep the last one.
    /// </summary>
    internal DisplayCommand[] BeginBuild(DisplayCommand[] spare, out int previousCount)
    {
        var previous = _commands;
        previousCount = Count;
        _commands = spare.Length >= 64 ? spare : new DisplayCommand[Math.Max(64, previous.Length)];
        Count = 0;
        if (!_holdDamage)
        {
            DamageBase = Version;
            DamageIsFull = false;
            _damageCount = 0;
        }
        _holdDamage = false;
        return previous;
    }

    /// <summary>
    /// The list just built will not be presented (the runtime built it for hit testing in the middle
    /// of a frame): the next build adds its damage to this one's, still relative to the same base.
    /// </summary>
    internal void HoldDamage() => _holdDamage = true;

    /// <summary>The whole window is damaged.</summary>
    internal void SetFullDamage()
    {
        DamageIsFull = true;
        _damageCount = 0;
    }

    /// <summary>
    /// Adds a rectangle (window pixels) to the damage: clipped to the window, dropped when inside a
    /// rectangle already there, merged with those it overlaps or touches, and merged with the one it
    /// grows least when there are already <see cref="MaxDamageRects"/>.
    /// </summary>
    internal void AddDamage(LayoutBox r)
    {
        if (DamageIsFull) return;
        float x0 = Math.Max(0, r.X), y0 = Math.Max(0, r.Y), x1 = Math.Min(Width, r.Right), y1 = Math.Min(Height, r.Bottom);
        if (!(x1 > x0 && y1 > y0)) return; // empty, outside the window, or NaN
        r = new LayoutBox(x0, y0, x1 - x0, y1 - y0);
        while (true)
        {
            int merge = -1;
            for (int i = 0; i < _damageCount; i++)
            {
                var d = _damage[i];
                if (r.X >= d.X && r.Y >= d.Y && r.Right <= d.Right && r.Bottom <= d.Bottom) return;
                if (r.X <= d.Right && d.X <= r.Right && r.Y <= d.Bottom && d.Y <= r.Bottom)
                {
                    merge = i;
                    break;
                }
            }
            if (merge < 0 && _damageCount < MaxDamageRects)
            {
                _damage[_damageCount++] = r;
                return;
            }
            if (merge < 0)
            {
                float least = float.PositiveInfinity;
                for (int i = 0; i < _damageCount; i++)
                {
                    float growth = Area(Union(_damage[i], r)) - Area(_damage[i]);
                    if (growth < least) (least, merge) = (growth, i);
                }
            }
            r = Union(_damage[merge], r);
            _damage[merge] = _damage[--_damageCount];
            // The merged rectangle may now overlap others: go round again.
        }
    }

    private static float Area(LayoutBox b) => b.Width * b.Height;

    private static LayoutBox Union(LayoutBox a, LayoutBox b)
    {
        float x = Math.Min(a.X, b.X), y = Math.Min(a.Y, b.Y);
        return new LayoutBox(x, y, Math.Max(a.Right, b.Right) - x, Math.Max(a.Bottom, b.Bottom) - y);
    }
}
