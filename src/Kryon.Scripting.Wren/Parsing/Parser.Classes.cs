using Kryon.Scripting.Wren.Scanning;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Parsing;

/// <summary>Class definitions: <c>class Name is Super { methods }</c>.</summary>
internal sealed partial class Parser
{
    private static readonly Dictionary<TokenKind, string> OperatorNames = new()
    {
        [TokenKind.Plus] = "+", [TokenKind.Minus] = "-", [TokenKind.Star] = "*", [TokenKind.Slash] = "/",
        [TokenKind.Percent] = "%", [TokenKind.Lt] = "<", [TokenKind.Gt] = ">", [TokenKind.LtEq] = "<=",
        [TokenKind.GtEq] = ">=", [TokenKind.EqEq] = "==", [TokenKind.BangEq] = "!=", [TokenKind.Amp] = "&",
        [TokenKind.Pipe] = "|", [TokenKind.Caret] = "^", [TokenKind.LtLt] = "<<", [TokenKind.GtGt] = ">>",
        [TokenKind.DotDot] = "..", [TokenKind.DotDotDot] = "...", [TokenKind.Bang] = "!", [TokenKind.Tilde] = "~",
        [TokenKind.Is] = "is",
    };

    private ClassStmt ClassDefinition(int line)
    {
        var name = Consume(TokenKind.Name, "Expect class name").Text;
        string? superclass = null;
        if (Match(TokenKind.Is)) superclass = Consume(TokenKind.Name, "Expect superclass name after 'is'").Text;
        Consume(TokenKind.LeftBrace, "Expect '{' after class declaration");
        var methods = new List<MethodDecl>();
        SkipLines();
        while (!Match(TokenKind.RightBrace))
        {
            if (Check(TokenKind.Eof)) throw Error("Expect '}' at end of class body");
            var method = Method();
            if (methods.Any(m => m.IsStatic == method.IsStatic && m.Signature == method.Signature && m.Kind == method.Kind))
                throw new WrenSyntaxError($"Class {name} already defines a {(method.IsStatic ? "static " : "")}method '{method.Signature}'", _tokens[_current - 1].Offset);
            methods.Add(method);
            if (!Check(TokenKind.RightBrace)) Consume(TokenKind.Line, "Expect newline after definition in class");
            SkipLines();
        }
        return new ClassStmt(line, name, superclass, methods);
    }

    private MethodDecl Method()
    {
        int line = Peek.Line;
        if (Match(TokenKind.Foreign)) throw new WrenSyntaxError("Foreign methods are not supported", Previous.Offset);
        bool isStatic = Match(TokenKind.Static);
        if (Match(TokenKind.Construct))
        {
            if (isStatic) throw Error("A constructor cannot be static");
            var ctorName = Consume(TokenKind.Name, "Expect constructor name after 'construct'").Text;
            var ctorParams = Parameters(required: true);
            return Finish(line, false, MethodKind.Constructor, ctorName, ctorName + Arity(ctorParams), ctorParams);
        }
        if (Check(TokenKind.Name))
        {
            var name = Advance().Text;
            if (Match(TokenKind.Eq))
            {
                var value = Parameters(required: true);
                if (value.Count != 1) throw Error("A setter takes exactly one parameter");
                return Finish(line, isStatic, MethodKind.Setter, name, name + "=(_)", value);
            }
            if (Check(TokenKind.LeftParen))
            {
                var parameters = Parameters(required: true);
                return Finish(line, isStatic, MethodKind.Method, name, name + Arity(parameters), parameters);
            }
            return Finish(line, isStatic, MethodKind.Getter, name, name, []);
        }
        if (Match(TokenKind.LeftBracket))
        {
            var parameters = NameList(TokenKind.RightBracket);
            var subscript = "[" + string.Join(",", parameters.Select(_ => "_")) + "]";
            if (Match(TokenKind.Eq))
            {
                var value = Parameters(required: true);
                if (value.Count != 1) throw Error("A subscript setter takes exactly one value");
                return Finish(line, isStatic, MethodKind.SubscriptSetter, "[]=", subscript + "=(_)", [.. parameters, .. value]);
            }
            return Finish(line, isStatic, MethodKind.Subscript, "[]", subscript, parameters);
        }
        if (OperatorNames.TryGetValue(Peek.Kind, out var op))
        {
            Advance();
            if (Check(TokenKind.LeftParen))
            {
                var parameters = Parameters(required: true);
                if (parameters.Count != 1) throw Error("An infix operator takes exactly one parameter");
                return Finish(line, isStatic, MethodKind.Operator, op, op + "(_)", parameters);
            }
            return Finish(line, isStatic, MethodKind.Operator, op, op, []);
        }
        throw Error("Expect method definition");
    }

    private static string Arity(IReadOnlyList<string> parameters) => "(" + string.Join(",", parameters.Select(_ => "_")) + ")";

    private List<string> Parameters(bool required)
    {
        if (!Match(TokenKind.LeftParen))
        {
            if (required) throw Error("Expect '(' before parameters");
            return [];
        }
        return NameList(TokenKind.RightParen);
    }

    private List<string> NameList(TokenKind close)
    {
        var names = new List<string>();
        SkipLines();
        while (!Check(close))
        {
            names.Add(Consume(TokenKind.Name, "Expect parameter name").Text);
            SkipLines();
            if (!Match(TokenKind.Comma)) break;
            SkipLines();
        }
        Consume(close, "Expect closing bracket after parameters");
        return names;
    }

    private MethodDecl Finish(int line, bool isStatic, MethodKind kind, string name, string signature, IReadOnlyList<string> parameters)
    {
        Consume(TokenKind.LeftBrace, "Expect '{' to begin method body");
        return new MethodDecl(line, isStatic, kind, name, signature, Body(line, parameters));
    }
}
