namespace Kryon.Compiler;

/// <summary>Where the compiler reads `.kry` files and external scripts from: the file system, or memory in tests and the language server.</summary>
public interface ISourceProvider
{
    /// <summary>Reads a file; on failure gives a short reason ("file not found").</summary>
    bool TryRead(string path, out string text, out string error);
}

public sealed class FileSystemSourceProvider : ISourceProvider
{
    public static readonly FileSystemSourceProvider Instance = new();

    public bool TryRead(string path, out string text, out string error)
    {
        text = "";
        error = "";
        try
        {
            if (Directory.Exists(path)) { error = "it is a directory"; return false; }
            if (!File.Exists(path)) { error = "file not found"; return false; }
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = e.Message;
            return false;
        }
    }
}

/// <summary>Files held in memory, keyed by full path.</summary>
public sealed class InMemorySourceProvider : ISourceProvider
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemorySourceProvider Add(string path, string text)
    {
        _files[Path.GetFullPath(path)] = text;
        return this;
    }

    public bool TryRead(string path, out string text, out string error)
    {
        error = "";
        if (_files.TryGetValue(Path.GetFullPath(path), out text!)) return true;
        text = "";
        error = "file not found";
        return false;
    }
}
