using Kryon.Registry;

namespace Kryon.Krb;

/// <summary>A standard property entry (KRB.md §6.1).</summary>
public readonly record struct KrbProperty(byte Id, KrbValue Value);

/// <summary>A custom property entry keyed by a string (KRB.md §7).</summary>
public readonly record struct KrbCustomProperty(string Key, KrbValue Value);

/// <summary>A state property set: the standard properties that apply while all of <see cref="Flags"/> are active (KRB.md §8).</summary>
public readonly record struct KrbStateSet(InteractionState Flags, KrbPropertyList Properties);

/// <summary>An event entry: event type and the name of the function that handles it (KRB.md §9).</summary>
public readonly record struct KrbEvent(byte Type, string Callback);

/// <summary>An animation reference (reserved, KRB.md §10).</summary>
public readonly record struct KrbAnimationRef(byte Index, byte Trigger);

