namespace Kryon.Registry;

/// <summary>One word of an enum-valued property, with the byte KRB stores and other accepted spellings.</summary>
public sealed record EnumMember(string Name, byte Ordinal, params string[] Aliases);
