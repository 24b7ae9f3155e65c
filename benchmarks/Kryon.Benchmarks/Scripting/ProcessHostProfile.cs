using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// A stopwatch breakdown of <see cref="ProcessHostBenchmarks"/>' round trip, outside BenchmarkDotNet:
/// `dotnet run -c Release --project benchmarks/Kryon.Benchmarks -- process-profile`. For each
/// language: a handler with no bridge call (one request/result exchange) and one with a nested
/// getVariable (two exchanges); then a raw length-prefixed echo with the same interpreter, read on the
/// calling thread vs. through a reader thread and a BlockingCollection (what <c>HostProcess</c> does),
/// to show what the transport itself costs. Each line is the median of 9 batches.
/// </summary>
public static class ProcessHostProfile
{
    private const string Markup = """
        @variables { count: Int = 7 }
        App { window_width: 400; window_height: 300; Text { id: "label"; text: "hello" } }

        """;

    private const string JavaScript = Markup + """
        @script "javascript" {
            function noop(id) { return 7; }
            function handler(id) { return kryon.getVariable("count"); }
        }
        """;

    private const string Python = Markup + """
        @script "python" {
        def noop(id):
            return 7
        def handler(id):
            return kryon.get_variable("count")
        }
        """;

    private const string NodeEcho = """
        const fs = require('fs'); const h = Buffer.alloc(4);
        function rd(b) { let o = 0; while (o < b.length) { let n; try { n = fs.readSync(0, b, o, b.length - o, null); } catch (e) { if (e.code === 'EAGAIN') continue; throw e; } if (n === 0) process.exit(0); o += n; } }
        for (;;) { rd(h); const b = Buffer.alloc(h.readUInt32LE(0)); rd(b); const f = Buffer.alloc(4 + b.length); f.writeUInt32LE(b.length, 0); b.copy(f, 4); fs.writeSync(1, f); }
        """;

    private const string PythonEcho = """
        import sys, struct
        i, o = sys.stdin.buffer, sys.stdout.buffer
        while True:
            h = i.read(4)
            if len(h) < 4: break
            b = i.read(struct.unpack('<I', h)[0])
            o.write(h + b); o.flush()
        """;

    public static void Run()
    {
        Startup("JavaScript", Kryon.Scripting.Process.ProcessLanguage.JavaScript, new ScriptSource("javascript", "function handler(id) { return 1; }", "bench.js"));
        var python = new ScriptSource("python", "def handler(id):\n    return 1\n", "bench.py");
        Startup("Python (python3 as found on PATH)", Kryon.Scripting.Process.ProcessLanguage.Python, python);
        // The interpreter python3 on PATH really runs (a pyenv shim is a shell script that execs it).
        var real = Process.Start(new ProcessStartInfo("python3", "-c \"import sys; print(sys.executable)\"") { RedirectStandardOutput = true })!;
        string executable = real.StandardOutput.ReadToEnd().Trim();
        real.WaitForExit();
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        Environment.SetEnvironmentVariable("PATH", Path.GetDirectoryName(executable) + Path.PathSeparator + path);
        Startup($"Python ({executable} first on PATH)", Kryon.Scripting.Process.ProcessLanguage.Python, python);
        Environment.SetEnvironmentVariable("PATH", path);
        Kills();
        foreach (var (name, kry) in new[] { ("JavaScript", JavaScript), ("Python", Python) })
        {
            using var app = ScriptBenchmarkApps.StartWithScripts(kry);
            ScriptValue[] id = [ScriptValue.From("label")];
            foreach (var fn in new[] { "noop", "handler" })
            {
                var r = app.Runtime.CallFunction(fn, id, "profile");
                if (!r.Succeeded || r.Value.AsInt() != 7) throw new InvalidOperationException($"{name} {fn}: {r.Error?.Message ?? r.Value.ToString()}");
                Measure($"{name} CallFunction(\"{fn}\")", 2000, () => app.Runtime.CallFunction(fn, id, "profile"));
            }
        }
        Echo("node", ["-e", NodeEcho]);
        Echo("python3", ["-I", "-S", "-u", "-c", PythonEcho]);
    }

    /// <summary>new + Load (start, init, load) and Dispose of a ProcessScriptEngine, timed apart: medians of 7.</summary>
    private static void Startup(string name, Kryon.Scripting.Process.ProcessLanguage language, ScriptSource script)
    {
        var load = new double[7];
        var dispose = new double[7];
        for (int i = -1; i < load.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var engine = new Kryon.Scripting.Process.ProcessScriptEngine(language);
            var result = engine.Load(script);
            long t1 = Stopwatch.GetTimestamp();
            engine.Dispose();
            long t2 = Stopwatch.GetTimestamp();
            if (!result.Succeeded) throw new InvalidOperationException($"{name}: {string.Join("; ", result.Diagnostics)}");
            if (i < 0) continue; // the first also queries the version
            load[i] = Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            dispose[i] = Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
        }
        Array.Sort(load);
        Array.Sort(dispose);
        Console.WriteLine($"{name} start-up: new + Load {load[3]:0.0} ms, Dispose {dispose[3]:0.0} ms");
    }

    /// <summary>What stopping a live node child costs, the ways HostProcess.Dispose could do it: medians of 5.</summary>
    private static void Kills()
    {
        foreach (var (name, stop) in new (string, Action<Process>)[]
        {
            ("close stdin + Kill(entireProcessTree) + WaitForExit(2000) (HostProcess.Dispose)", p => { p.StandardInput.BaseStream.Dispose(); p.Kill(entireProcessTree: true); p.WaitForExit(2000); }),
            ("close stdin + Kill() + WaitForExit(2000)", p => { p.StandardInput.BaseStream.Dispose(); p.Kill(); p.WaitForExit(2000); }),
            ("close stdin + Kill() (no wait)", p => { p.StandardInput.BaseStream.Dispose(); p.Kill(); }),
        })
        {
            var times = new double[5];
            for (int i = 0; i < times.Length; i++)
            {
                var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                info.ArgumentList.Add("-e");
                info.ArgumentList.Add("setInterval(() => {}, 1000)");
                using var p = Process.Start(info)!;
                p.BeginErrorReadLine();
                Thread.Sleep(300);
                long t0 = Stopwatch.GetTimestamp();
                stop(p);
                times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                p.WaitForExit(2000);
            }
            Array.Sort(times);
            Console.WriteLine($"stop a node child: {name,-80} {times[2]:0.00} ms");
        }
    }

    private static void Echo(string executable, string[] arguments)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;
        byte[] body = "{\"op\":\"host\",\"id\":2,\"fn\":\"getVariable\",\"args\":[\"count\"]}"u8.ToArray();
        byte[] frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        byte[] back = new byte[frame.Length];

        void WriteOne() { input.Write(frame); input.Flush(); }
        void WriteTwo() { input.Write(frame.AsSpan(0, 4)); input.Write(frame.AsSpan(4)); input.Flush(); }
        void ReadDirect() { int o = 0; while (o < back.Length) o += output.Read(back, o, back.Length - o); }

        Measure($"{executable} echo, write 1x, read on this thread", 5000, () => { WriteOne(); ReadDirect(); });
        Measure($"{executable} echo, header+body writes, read on this thread", 5000, () => { WriteTwo(); ReadDirect(); });

        var frames = new BlockingCollection<byte[]>();
        var reader = new Thread(() =>
        {
            try { for (;;) { var b = new byte[back.Length]; int o = 0; while (o < b.Length) { int n = output.Read(b, o, b.Length - o); if (n == 0) return; o += n; } frames.Add(b); } }
            catch (IOException) { }
        }) { IsBackground = true };
        reader.Start();
        Measure($"{executable} echo, header+body writes, reader thread + BlockingCollection", 5000, () => { WriteTwo(); frames.TryTake(out _, TimeSpan.FromSeconds(5)); });
        input.Dispose();
        process.WaitForExit(2000);
    }

    private static void Measure(string name, int operations, Action op)
    {
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 500) op();
        var samples = new double[9];
        for (int s = 0; s < samples.Length; s++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < operations; i++) op();
            samples[s] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / operations;
        }
        Array.Sort(samples);
        Console.WriteLine($"{name,-72} {samples[4],8:0.0} µs  (min {samples[0]:0.0})");
    }
}
