using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Compiler;

namespace Kryon.Krb.Tests;

/// <summary>Random valid apps: KRY → bound model → KRB → KrbDocument agrees with the bound model, and rewriting gives the same bytes.</summary>
public class RoundTripTests
{
    [Fact]
    public void Random_apps_round_trip_through_KRB()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var source = new RandomKry(seed).Build();
            var result = KryCompiler.CheckText("/virtual/random.kry", source);
            if (!result.Success) throw new Exception($"seed {seed} generated invalid KRY:\n{source}\n{Kryon.Diagnostics.DiagnosticFormatter.FormatHuman(result.Diagnostics)}");
            var (app, bytes) = TestFiles.Compile(source, "/virtual/random.kry");
            var document = KrbReader.Read(bytes);
            using var json = JsonDocument.Parse(KrbJsonWriter.ToJson(document, bytes.Length));
            try
            {
                BoundModelAgreement.Check(app, json.RootElement);
            }
            catch (Exception e)
            {
                throw new Exception($"seed {seed}:\n{source}\n{e.Message}", e);
            }
            Assert.Equal(bytes, TestFiles.Compile(source, "/virtual/random.kry").Bytes);
            Assert.False(document.IsWide);
        }).QuickCheckThrowOnFailure();
    }
}
