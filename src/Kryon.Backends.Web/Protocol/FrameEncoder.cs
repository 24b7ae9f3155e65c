using System.Globalization;
using System.Text;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Backends.Web.Protocol;

/// <summary>
/// Turns a session's display lists into frame messages (README.md "Wire format"): the first frame a
/// connection gets is full (every command), later ones are deltas against the frame before, which
/// the client still holds. One encoder per session; <see cref="Reset"/> when a new connection
/// attaches (it has no frame yet).
/// </summary>
internal sealed class FrameEncoder(CommandWriter writer)
{
    /// <summary>What the window shows where the App sets no background (white, as the cairo renderer and a browser page).</summary>
    public static readonly Color DefaultBackground = new(255, 255, 255, 255);

    private List<string> _previous = [];
    private List<string> _next = [];
    private int _version;
    private bool _hasBase;

    /// <summary>The version of the last frame encoded (versions count up for the session's lifetime, across connections).</summary>
    public int Version => _version;

    /// <summary>The next frame is sent in full.</summary>
    public void Reset() => _hasBase = false;

    /// <summary>The message for this frame: a delta when the client has the previous frame and the delta is smaller, else full.</summary>
    public string Encode(DisplayList list)
    {
        _next.Clear();
        foreach (ref readonly var command in list.Commands) _next.Add(writer.Write(command));
        _version++;
        var bg = list.Background.A > 0 ? list.Background : DefaultBackground;
        var message = new StringBuilder(256);
        message.Append(CultureInfo.InvariantCulture, $"{{\"t\":\"frame\",\"v\":{_version},\"w\":{Round(list.Width)},\"h\":{Round(list.Height)},\"bg\":{CommandWriter.ColorOf(bg)}");
        if (_hasBase)
        {
            message.Append(CultureInfo.InvariantCulture, $",\"base\":{_version - 1},\"ops\":[");
            bool first = true;
            foreach (var op in FrameDiff.Compute(_previous, _next))
            {
                if (!first) message.Append(',');
                first = false;
                if (op.IsCopy) message.Append(CultureInfo.InvariantCulture, $"[-1,{op.Start},{op.Count}]");
                else message.Append(op.Command);
            }
        }
        else
        {
            message.Append(",\"cmds\":[");
            message.AppendJoin(',', _next);
        }
        message.Append("]}");
        (_previous, _next) = (_next, _previous);
        _hasBase = true;
        return message.ToString();
    }

    private static string Round(float v) => Math.Round((double)v, 2).ToString("R", CultureInfo.InvariantCulture);
}
