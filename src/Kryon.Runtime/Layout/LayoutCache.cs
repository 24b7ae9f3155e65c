namespace Kryon.Runtime.Layout;

/// <summary>Per-node memo of recent results keyed by their input constraints. Sizing results keep a few
/// slots (a flex item is usually measured under several constraints per pass); the full-layout result keeps
/// exactly one, because the children's stored positions always belong to the latest full layout.
/// Fixed-size arrays: the cache never allocates after the node is created.</summary>
internal sealed class LayoutCache
{
    private const int SizeSlots = 6;

    private readonly LayoutInput[] _sizeInputs = new LayoutInput[SizeSlots];
    private readonly LayoutOutput[] _sizeOutputs = new LayoutOutput[SizeSlots];
    private int _sizeCount;
    private int _nextSlot;

    private LayoutInput _layoutInput;
    private LayoutOutput _layoutOutput;
    private bool _hasLayout;

    public bool TryGet(in LayoutInput input, out LayoutOutput output)
    {
        // A full layout also answers a sizing question with the same constraints.
        if (_hasLayout && input.IsAnsweredBy(in _layoutInput))
        {
            output = _layoutOutput;
            return true;
        }
        if (input.RunMode == RunMode.ComputeSize)
        {
            for (int i = 0; i < _sizeCount; i++)
            {
                if (input.IsAnsweredBy(in _sizeInputs[i]))
                {
                    output = _sizeOutputs[i];
                    return true;
                }
            }
        }
        output = default;
        return false;
    }

    public void Store(in LayoutInput input, in LayoutOutput output)
    {
        if (input.RunMode == RunMode.PerformLayout)
        {
            _layoutInput = input;
            _layoutOutput = output;
            _hasLayout = true;
            return;
        }
        _sizeInputs[_nextSlot] = input;
        _sizeOutputs[_nextSlot] = output;
        _nextSlot = (_nextSlot + 1) % SizeSlots;
        if (_sizeCount < SizeSlots) _sizeCount++;
    }

    public void Clear()
    {
        _sizeCount = 0;
        _nextSlot = 0;
        _hasLayout = false;
    }
}
