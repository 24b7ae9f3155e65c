using Kryon.Registry;

namespace Kryon.Krb;

/// <summary>A style block: fully resolved standard properties (KRB.md §11).</summary>
public sealed record KrbStyle(int Id, string Name, KrbPropertyList Properties);

/// <summary>A declared component property with its type hint and optional default (KRB.md §12).</summary>
public sealed record KrbPropertyDefinition(string Name, KrbValueType Hint, KrbValue? Default);

/// <summary>A component definition: name, property definitions and the root template element (KRB.md §12).</summary>
public sealed record KrbComponent(string Name, IReadOnlyList<KrbPropertyDefinition> Definitions, KrbElement Template);

/// <summary>Script languages (KRB.md §13; Kryon Lisp 0x05 is the [proposal] id).</summary>
public enum KrbScriptLanguage : byte
{
    Lua = 0x01,
    JavaScript = 0x02,
    Python = 0x03,
    Wren = 0x04,
    Lisp = 0x05,
}

/// <summary>A script: inline code, or a reference to a Script resource (KRB.md §13).</summary>
public sealed record KrbScript(byte Language, string? Name, KrbScriptStorage Storage, IReadOnlyList<string> EntryPoints, string? Code, int ResourceIndex)
{
    public bool Equals(KrbScript? other) => other is not null && Language == other.Language && Name == other.Name && Storage == other.Storage
        && EntryPoints.SequenceEqual(other.EntryPoints) && Code == other.Code && ResourceIndex == other.ResourceIndex;

    public override int GetHashCode() => HashCode.Combine(Language, Name, Storage, Code);

    public string LanguageName => Language switch
    {
        0x01 => "lua",
        0x02 => "javascript",
        0x03 => "python",
        0x04 => "wren",
        0x05 => "lisp",
        _ => $"custom(0x{Language:X2})",
    };
}

/// <summary>A resource entry: external path, or inline bytes (KRB.md §14).</summary>
public sealed record KrbResource(KrbResourceType Type, string Name, string? Path, byte[]? Data)
{
    public bool Equals(KrbResource? other) => other is not null && Type == other.Type && Name == other.Name && Path == other.Path
        && (Data ?? []).AsSpan().SequenceEqual(other.Data ?? []);

    public override int GetHashCode() => HashCode.Combine(Type, Name, Path);
}
