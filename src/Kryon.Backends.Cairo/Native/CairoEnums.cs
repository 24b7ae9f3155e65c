namespace Kryon.Backends.Cairo.Native;

// The numeric values are cairo's ABI (cairo.h); only the members the backend uses are named.

internal enum CairoFormat
{
    Argb32 = 0,
}

internal enum CairoStatus
{
    Success = 0,
    NoMemory = 1,
    WriteError = 11,
}

internal enum CairoAntialias
{
    Default = 0,
    Gray = 2,
    Good = 5,
}

internal enum CairoFillRule
{
    Winding = 0,
    EvenOdd = 1,
}

internal enum CairoOperator
{
    Source = 1,
    Over = 2,
}

internal enum CairoHintMetrics
{
    Off = 1,
}

internal enum CairoHintStyle
{
    Slight = 2,
}

internal enum CairoExtend
{
    Pad = 3,
}

internal enum CairoSvgUnit
{
    Px = 3,
}
