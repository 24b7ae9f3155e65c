using BenchmarkDotNet.Running;

// Runs the suites under benchmarks/: `dotnet run -c Release --project benchmarks/Kryon.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
