using Kryon.Registry;

namespace Kryon.Runtime.Elements;

/// <summary>Properties that apply while all of <see cref="Flags"/> are active (KRY.md §9, KRB.md §8).</summary>
public sealed record StateSet(InteractionState Flags, PropertyMap Properties)
{
    public bool AppliesIn(InteractionState state) => (state & Flags) == Flags;
}
