using System.Reflection;

namespace Kryon.Testing;

/// <summary>Where the repository and the shared data are, as recorded at build time (tests/Directory.Build.props, benchmarks/Directory.Build.props).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "KryonRepositoryRoot").Value!;

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>`../shared` next to the repository: specs, conformance cases, benchmark trees.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
