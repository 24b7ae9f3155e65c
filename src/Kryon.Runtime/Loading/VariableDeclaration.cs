using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>An `@variables` entry as the KRB stores it on the App (`var:<name>`): its name and typed initial value.</summary>
public sealed record VariableDeclaration(string Name, Literal Initial);
