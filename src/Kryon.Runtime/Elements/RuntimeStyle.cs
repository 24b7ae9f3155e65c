namespace Kryon.Runtime.Elements;

/// <summary>A style of the app (KRB style table): already flattened by the compiler (`extends` resolved).</summary>
public sealed record RuntimeStyle(int Id, string Name, PropertyMap Properties);
