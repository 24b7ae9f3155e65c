using BenchmarkDotNet.Running;

// Runs the suites under benchmarks/: `dotnet run -c Release --project benchmarks/Kryon.Benchmarks -- --filter '*'`.
// `-- scripting-profile [loop]` prints a quick stopwatch breakdown of the scripting paths instead;
// `-- process-profile` one of the JavaScript/Python host round trip (ProcessHostBenchmarks).
if (args is ["process-profile", ..]) Kryon.Benchmarks.Scripting.ProcessHostProfile.Run();
else if (args is ["scripting-profile", ..]) Kryon.Benchmarks.Scripting.ScriptingProfile.Run(args.Length > 1 ? args[1] : null);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
