using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;

namespace Kryon.Backends.Sdl.Tests;

/// <summary>KRY source to a started runtime, as `kryon run` loads it (compile, KRB bytes, read back).</summary>
internal static class TestApps
{
    public static KryonRuntime Start(string kry, float? width = null, float? height = null)
    {
        var result = KryCompiler.CheckText("test.kry", kry);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag);
        Assert.True(bytes is not null, string.Join("\n", bag.Items));
        var runtime = KryonRuntime.Load(KrbReader.Read(bytes!), new RuntimeOptions { Width = width, Height = height });
        runtime.Start();
        return runtime;
    }
}
