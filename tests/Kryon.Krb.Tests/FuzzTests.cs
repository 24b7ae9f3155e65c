using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace Kryon.Krb.Tests;

/// <summary>
/// Mutated KRB files (bit flips, byte stores, huge counts and offsets, truncation, splices,
/// insertions and deletions; most with the total size patched so the damage reaches the
/// sections) must each end in a clean <see cref="KrbFormatException"/> or a valid document,
/// quickly. Any input that ever breaks this is kept under regressions/ and replayed forever.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Cases = 120_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private static List<byte[]> Corpus()
    {
        var corpus = TestFiles.Examples.Select(p => TestFiles.CompileFile(p).Bytes).ToList();
        corpus.Add(TestFiles.Compile("App {\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"Text {{ text: \"t{i}\" }}\n")) + "}").Bytes);
        corpus.Add(TestFiles.Compile("App { " + string.Concat(Enumerable.Repeat("Container { padding: 1\n", 40)) + new string('}', 40) + " }").Bytes);
        corpus.Add(TestFiles.Compile("App { icon: \"i.png\"\n Image { src: \"a.png\" } }").Bytes);
        return corpus;
    }

    [Fact]
    public void Mutated_files_fail_cleanly_or_read_as_valid_documents()
    {
        var corpus = Corpus();
        int seed = Environment.GetEnvironmentVariable("KRYON_FUZZ_SEED") is { } s ? int.Parse(s) : Environment.TickCount;
        var random = new Random(seed);
        var failures = new List<string>();
        int rejected = 0, accepted = 0;
        var slowest = TimeSpan.Zero;
        foreach (var file in corpus) Run(file, ref rejected, ref accepted); // warm up the JIT so the slowest case measures the reader
        accepted = 0;
        var total = Stopwatch.StartNew();
        var one = new Stopwatch();
        for (int i = 0; i < Cases; i++)
        {
            var input = Mutate(corpus[random.Next(corpus.Count)], corpus, random);
            one.Restart();
            var problem = Run(input, ref rejected, ref accepted);
            one.Stop();
            if (one.Elapsed > slowest) slowest = one.Elapsed;
            if (problem is not null) failures.Add(Keep(input, problem));
            if (failures.Count >= 20) break;
        }
        total.Stop();
        output.WriteLine($"seed {seed}: {Cases} cases in {total.Elapsed.TotalSeconds:F1} s ({rejected} rejected with a diagnostic, {accepted} valid); slowest case {slowest.TotalMilliseconds:F2} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(total.Elapsed < Budget, $"fuzzing took {total.Elapsed}");
        // Generous per-case bound: the machine is shared, but a loop or a quadratic walk would still blow far past it.
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"slowest case took {slowest}");
        Assert.True(rejected > Cases / 10 && accepted > Cases / 100, "the mutations should produce both damaged and still-valid files");
    }

    /// <summary>Every input kept from earlier failures still ends cleanly.</summary>
    [Fact]
    public void Regression_inputs_fail_cleanly_or_read()
    {
        var files = Directory.GetFiles(TestFiles.RegressionsDir, "*.krb");
        Assert.NotEmpty(files);
        int rejected = 0, accepted = 0;
        foreach (var file in files)
        {
            var problem = Run(File.ReadAllBytes(file), ref rejected, ref accepted);
            Assert.True(problem is null, $"{Path.GetFileName(file)}: {problem}");
        }
    }

    /// <summary>Null when the reader behaved: a KrbFormatException with a KRB code, or a document every accessor can walk.</summary>
    private static string? Run(byte[] input, ref int rejected, ref int accepted)
    {
        try
        {
            var document = KrbReader.Read(input);
            // Walking the whole document (as inspect does) must not trip over anything the reader let through.
            _ = KrbJsonWriter.ToJson(document, input.Length);
            _ = Cli.Commands.InspectCommand.Dump("fuzz.krb", document, input.Length);
            accepted++;
            return null;
        }
        catch (KrbFormatException e) when (e.Code is 2001 or 2002 or 2003 or 2005 or 2104 or 2105 or 2106 or 2107 && e.Offset >= 0 && e.Offset <= input.Length)
        {
            rejected++;
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string Keep(byte[] input, string problem)
    {
        var name = Convert.ToHexString(SHA256.HashData(input))[..16] + ".krb";
        Directory.CreateDirectory(TestFiles.RegressionsDir);
        File.WriteAllBytes(Path.Combine(TestFiles.RegressionsDir, name), input);
        return $"{name}: {problem}";
    }

    private static byte[] Mutate(byte[] original, List<byte[]> corpus, Random r)
    {
        var bytes = new List<byte>(original);
        int steps = 1 + r.Next(3);
        for (int s = 0; s < steps && bytes.Count > 0; s++)
        {
            int at = r.Next(2) == 0 ? r.Next(Math.Min(bytes.Count, 54)) : r.Next(bytes.Count); // the header is worth extra attention
            switch (r.Next(9))
            {
                case 0: bytes[at] ^= (byte)(1 << r.Next(8)); break;
                case 1: bytes[at] = (byte)r.Next(256); break;
                case 2: bytes[at] = (byte)(r.Next(4) switch { 0 => 0x00, 1 => 0xFF, 2 => 0x7F, _ => 0x80 }); break;
                case 3: Store(bytes, at, r.Next(3) switch { 0 => 0xFFFF, 1 => 0xFFFFFFFF, _ => (uint)(bytes.Count + r.Next(-8, 8)) }, r.Next(2) == 0 ? 2 : 4); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                case 5:
                    var donor = corpus[r.Next(corpus.Count)];
                    int from = r.Next(donor.Length), length = Math.Min(r.Next(1, 64), donor.Length - from);
                    bytes.InsertRange(at, donor.Skip(from).Take(length));
                    break;
                case 6: bytes.RemoveRange(at, Math.Min(r.Next(1, 16), bytes.Count - at)); break;
                case 7:
                    int chunk = Math.Min(r.Next(1, 32), bytes.Count - at);
                    bytes.InsertRange(r.Next(bytes.Count), bytes.GetRange(at, chunk));
                    break;
                default:
                    // A count field of the header set to something huge, or to zero (an empty string table behind valid elements).
                    Store(bytes, 8 + 2 * r.Next(7), r.Next(3) switch { 0 => 0xFFFFu, 1 => 0u, _ => (uint)r.Next(256, 4096) }, 2);
                    break;
            }
        }
        var result = bytes.ToArray();
        if (result.Length >= 54 && r.Next(10) < 7) BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(50), (uint)result.Length);
        return result;
    }

    private static void Store(List<byte> bytes, int at, uint value, int width)
    {
        for (int i = 0; i < width && at + i < bytes.Count; i++) bytes[at + i] = (byte)(value >> (8 * i));
    }
}
