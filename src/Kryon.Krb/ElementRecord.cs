namespace Kryon.Krb;

/// <summary>
/// Where one element starts in the file, found while the reader validated it. Elements are views
/// that decode their fields from the file bytes on demand (the way JsonDocument indexes JSON), so
/// only the header offset and the first child slot are kept: 8 bytes per element, which keeps a
/// 10,000-element index small and off the large object heap.
/// </summary>
internal struct ElementRecord
{
    public int Offset;
    public int ChildStart;
}
