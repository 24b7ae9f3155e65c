using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Web.Protocol;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Web.Tests.Protocol;

public sealed class ClientMessageParserTests
{
    private static ClientMessage Parse(string json) => ClientMessageParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Every_message_type_is_read_into_its_runtime_event()
    {
        Assert.Equal(new HelloMessage(null, 800, 600), Parse("""{"t":"hello","session":null,"w":800,"h":600}"""));
        Assert.Equal(new HelloMessage("abc", 10, 20), Parse("""{"t":"hello","session":"abc","w":10,"h":20}"""));
        Assert.Equal(new InputMessage(new PointerMoveEvent(1.5f, 2)), Parse("""{"t":"move","x":1.5,"y":2}"""));
        Assert.Equal(new InputMessage(new PointerDownEvent(3, 4, PointerButton.Secondary, KeyModifiers.Shift | KeyModifiers.Control)), Parse("""{"t":"down","x":3,"y":4,"b":2,"m":3}"""));
        Assert.Equal(new InputMessage(new PointerUpEvent(3, 4, PointerButton.Middle)), Parse("""{"t":"up","x":3,"y":4,"b":1}"""));
        Assert.Equal(new InputMessage(new WheelEvent(1, 2, 0, 40)), Parse("""{"t":"wheel","x":1,"y":2,"dx":0,"dy":40}"""));
        Assert.Equal(new InputMessage(new KeyDownEvent("Tab", KeyModifiers.Shift, true)), Parse("""{"t":"keydown","key":"Tab","m":1,"r":true}"""));
        Assert.Equal(new InputMessage(new KeyUpEvent("a")), Parse("""{"t":"keyup","key":"a","m":0}"""));
        Assert.Equal(new InputMessage(new TextInputEvent("漢字")), Parse("""{"t":"text","text":"漢字"}"""));
        Assert.Equal(new InputMessage(new PasteEvent("x\ny")), Parse("""{"t":"paste","text":"x\ny"}"""));
        Assert.Equal(new InputMessage(new CompositionEvent("かん", 1)), Parse("""{"t":"compose","text":"かん","c":1}"""));
        Assert.Equal(new InputMessage(new CompositionEvent("", 0)), Parse("""{"t":"compose","text":"","c":0}"""));
        Assert.Equal(new InputMessage(new ResizeEvent(640, 480)), Parse("""{"t":"resize","w":640,"h":480}"""));
        Assert.Equal(new InputMessage(new PointerLeaveEvent()), Parse("""{"t":"blur"}"""));
        Assert.Equal(new DrawnMessage(7), Parse("""{"t":"drawn","v":7}"""));
        Assert.Equal(new ByeMessage(), Parse("""{"t":"bye"}"""));
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("[1]", "JSON object")]
    [InlineData("""{"x":1}""", "missing field \"t\"")]
    [InlineData("""{"t":"warp"}""", "unknown message type")]
    [InlineData("""{"t":"move","x":"1","y":2}""", "field \"x\" must be number")]
    [InlineData("""{"t":"move","x":1e9,"y":2}""", "within")]
    [InlineData("""{"t":"down","x":1,"y":2,"b":7}""", "field \"b\"")]
    [InlineData("""{"t":"down","x":1,"y":2,"m":99}""", "field \"m\"")]
    [InlineData("""{"t":"keydown","key":""}""", "empty")]
    [InlineData("""{"t":"keydown","key":"ThisKeyNameIsFarTooLongToBeARealKeyName"}""", "longer than")]
    [InlineData("""{"t":"text","text":""}""", "empty")]
    [InlineData("""{"t":"resize","w":0,"h":10}""", "at least 1")]
    [InlineData("""{"t":"compose","text":"x"}""", "missing field \"c\"")]
    [InlineData("""{"t":"compose","text":"x","c":-1}""", "field \"c\"")]
    [InlineData("""{"t":"hello","session":5,"w":1,"h":1}""", "field \"session\" must be string")]
    [InlineData("""{"t":"move","x":{"a":{"b":{"c":{"d":1}}}},"y":1}""", "not JSON")]
    public void A_malformed_message_is_a_protocol_error_that_says_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<ProtocolException>(() => Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Any_bytes_are_either_a_message_or_a_protocol_error()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            try
            {
                ClientMessageParser.Parse(bytes);
            }
            catch (ProtocolException)
            {
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_json_object_with_a_known_type_is_either_a_message_or_a_protocol_error()
    {
        var types = Gen.Elements("hello", "move", "down", "up", "wheel", "keydown", "keyup", "text", "paste", "compose", "resize", "drawn", "bye", "leave");
        var values = Gen.Elements("1", "-3.5", "1e300", "\"a\"", "\"\"", "null", "true", "[]", "{}", "99999999999");
        var fields = Gen.Elements("x", "y", "w", "h", "b", "m", "r", "key", "text", "session", "v", "dx", "dy");
        var field = Gen.Zip(fields, values);
        var message = Gen.Zip(types, field.ListOf()).Select(t =>
            "{\"t\":\"" + t.Item1 + "\"" + string.Concat(t.Item2.Select(f => $",\"{f.Item1}\":{f.Item2}")) + "}");
        Prop.ForAll(message.ToArbitrary(), json =>
        {
            try
            {
                Parse(json);
            }
            catch (ProtocolException)
            {
            }
        }).QuickCheckThrowOnFailure();
    }
}
