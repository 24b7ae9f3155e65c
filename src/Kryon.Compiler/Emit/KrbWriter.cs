using Kryon.Compiler.Binding;
using Kryon.Diagnostics;

namespace Kryon.Compiler.Emit;

/// <summary>
/// The KRB writer's front door: bound model → KRB bytes (KRB.md, plus docs/KRB-extensions.md).
/// Returns null after reporting diagnostics (1501 strings, 1502 resources, 1503 sizes) when the
/// app cannot be stored.
/// </summary>
public static class KrbWriter
{
    public static byte[]? Write(BoundApp app, DiagnosticBag diagnostics)
    {
        int errorsBefore = diagnostics.ErrorCount;
        var file = KrbLowering.Lower(app, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore) return null;
        return KrbSerializer.Serialize(file, diagnostics);
    }
}
