using System.Security.Cryptography;

namespace Kryon.Cli.Dev;

/// <summary>
/// The content of each file of the app as `kryon dev` last saw it (a hash; "missing" when it could
/// not be read), so a watcher event turns into the list of files that really changed: an editor
/// that saves an unchanged buffer, touches a file or writes it in two steps causes no reload.
/// Content is taken in before it is compiled, so a save made while compiling is seen as the next change.
/// </summary>
public sealed class FileFingerprints
{
    private const string Missing = "missing";

    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Files => _hashes.Keys;

    /// <summary>
    /// Makes <paramref name="files"/> (full paths) the files followed: ones already followed keep the
    /// content last taken in, new ones are taken in now, others are forgotten.
    /// </summary>
    public void Follow(IEnumerable<string> files)
    {
        var wanted = files.ToHashSet(StringComparer.Ordinal);
        foreach (string gone in _hashes.Keys.Where(f => !wanted.Contains(f)).ToList()) _hashes.Remove(gone);
        foreach (string file in wanted)
            if (!_hashes.ContainsKey(file)) _hashes[file] = HashOf(file);
    }

    /// <summary>The followed files whose content differs from the last taken in; their new content is taken in.</summary>
    public IReadOnlyList<string> TakeChanges()
    {
        var changed = new List<string>();
        foreach (var (file, hash) in _hashes.ToList())
        {
            string now = HashOf(file);
            if (now == hash) continue;
            _hashes[file] = now;
            changed.Add(file);
        }
        return changed;
    }

    private static string HashOf(string file)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Missing;
        }
    }
}
