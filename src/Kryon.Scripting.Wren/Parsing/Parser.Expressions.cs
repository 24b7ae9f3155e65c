using Kryon.Scripting.Wren.Scanning;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Parsing;

/// <summary>Expressions, by Wren's precedence: assignment, <c>?:</c>, <c>||</c>, <c>&amp;&amp;</c>, equality, <c>is</c>, comparison, bitwise, range, term, factor, unary, call.</summary>
internal sealed partial class Parser
{
    private static readonly (TokenKind Kind, string Op)[][] BinaryLevels =
    [
        [(TokenKind.EqEq, "=="), (TokenKind.BangEq, "!=")],
        [(TokenKind.Is, "is")],
        [(TokenKind.Lt, "<"), (TokenKind.Gt, ">"), (TokenKind.LtEq, "<="), (TokenKind.GtEq, ">=")],
        [(TokenKind.Pipe, "|")],
        [(TokenKind.Caret, "^")],
        [(TokenKind.Amp, "&")],
        [(TokenKind.LtLt, "<<"), (TokenKind.GtGt, ">>")],
        [(TokenKind.DotDot, ".."), (TokenKind.DotDotDot, "...")],
        [(TokenKind.Plus, "+"), (TokenKind.Minus, "-")],
        [(TokenKind.Star, "*"), (TokenKind.Slash, "/"), (TokenKind.Percent, "%")],
    ];

    private Expr Expression()
    {
        Guard();
        var target = Conditional();
        if (!Check(TokenKind.Eq)) return target;
        var equals = Advance();
        SkipLines();
        var value = Expression();
        return target switch
        {
            NameExpr { Args: null } name => new AssignExpr(target.Line, name, value),
            FieldExpr field => new FieldAssignExpr(target.Line, field.Name, field.IsStatic, value),
            CallExpr { Args.IsGetter: true } call => new SetterExpr(target.Line, call.Receiver, call.Name, value),
            SubscriptExpr { Value: null } subscript => new SubscriptExpr(target.Line, subscript.Receiver, subscript.Args, value),
            _ => throw new WrenSyntaxError("Error at '=': Invalid assignment target", equals.Offset),
        };
    }

    private Expr Conditional()
    {
        var condition = Or();
        if (!Match(TokenKind.Question)) return condition;
        SkipLines();
        var then = Conditional();
        SkipLines();
        Consume(TokenKind.Colon, "Expect ':' after then branch of conditional operator");
        SkipLines();
        var otherwise = Conditional();
        return new ConditionalExpr(condition.Line, condition, then, otherwise);
    }

    private Expr Or()
    {
        var left = And();
        while (Match(TokenKind.PipePipe))
        {
            SkipLines();
            left = new LogicalExpr(left.Line, false, left, And());
        }
        return left;
    }

    private Expr And()
    {
        var left = Binary(0);
        while (Match(TokenKind.AmpAmp))
        {
            SkipLines();
            left = new LogicalExpr(left.Line, true, left, Binary(0));
        }
        return left;
    }

    private Expr Binary(int level)
    {
        if (level == BinaryLevels.Length) return Unary();
        var left = Binary(level + 1);
        while (true)
        {
            string? op = null;
            foreach (var (kind, symbol) in BinaryLevels[level])
                if (Check(kind)) { op = symbol; break; }
            if (op is null) return left;
            Advance();
            SkipLines();
            left = new BinaryExpr(left.Line, op, left, Binary(level + 1));
        }
    }

    private Expr Unary()
    {
        Guard();
        int line = Peek.Line;
        if (Match(TokenKind.Minus)) return new UnaryExpr(line, "-", Unary());
        if (Match(TokenKind.Bang)) return new UnaryExpr(line, "!", Unary());
        if (Match(TokenKind.Tilde)) return new UnaryExpr(line, "~", Unary());
        return Postfix(Primary());
    }

    private Expr Postfix(Expr expr)
    {
        while (true)
        {
            if (Check(TokenKind.Line) && NextAfterLinesIs(TokenKind.Dot)) SkipLines();
            int line = Peek.Line;
            if (Match(TokenKind.Dot))
            {
                SkipLines();
                var name = Consume(TokenKind.Name, "Expect method name after '.'").Text;
                // `a.b = c` is a setter: leave the '=' for Expression().
                expr = new CallExpr(line, expr, name, Check(TokenKind.Eq) ? new CallArgs(null, null) : Arguments());
            }
            else if (Match(TokenKind.LeftBracket))
            {
                var args = ExpressionList(TokenKind.RightBracket);
                if (args.Count == 0) throw Error("Expect at least one subscript argument");
                expr = new SubscriptExpr(line, expr, args, null);
            }
            else return expr;
        }
    }

    private bool NextAfterLinesIs(TokenKind kind)
    {
        int i = _current;
        while (_tokens[i].Kind == TokenKind.Line) i++;
        return _tokens[i].Kind == kind;
    }

    /// <summary>Optional <c>(args)</c> and an optional block argument <c>{ |params| body }</c>.</summary>
    private CallArgs Arguments()
    {
        IReadOnlyList<Expr>? list = null;
        if (Match(TokenKind.LeftParen)) list = ExpressionList(TokenKind.RightParen);
        FnExpr? block = null;
        if (Check(TokenKind.LeftBrace))
        {
            int line = Advance().Line;
            block = BlockArgument(line);
        }
        return new CallArgs(list, block);
    }

    private FnExpr BlockArgument(int line)
    {
        var parameters = new List<string>();
        if (Match(TokenKind.Pipe))
        {
            if (!Check(TokenKind.Pipe))
            {
                do parameters.Add(Consume(TokenKind.Name, "Expect parameter name").Text);
                while (Match(TokenKind.Comma));
            }
            Consume(TokenKind.Pipe, "Expect '|' after function parameters");
        }
        return new FnExpr(line, Body(line, parameters));
    }

    /// <summary>Comma-separated expressions up to <paramref name="close"/> (consumed); newlines and a trailing comma allowed.</summary>
    private List<Expr> ExpressionList(TokenKind close)
    {
        var items = new List<Expr>();
        SkipLines();
        while (!Check(close))
        {
            items.Add(Expression());
            SkipLines();
            if (!Match(TokenKind.Comma)) break;
            SkipLines();
        }
        SkipLines();
        Consume(close, close == TokenKind.RightParen ? "Expect ')' after arguments" : "Expect ']' after items");
        return items;
    }

    private Expr Primary()
    {
        var token = Advance();
        int line = token.Line;
        switch (token.Kind)
        {
            case TokenKind.Number: return new LiteralExpr(line, token.Value);
            case TokenKind.String: return new LiteralExpr(line, token.Value);
            case TokenKind.True: return new LiteralExpr(line, true);
            case TokenKind.False: return new LiteralExpr(line, false);
            case TokenKind.Null: return new LiteralExpr(line, null);
            case TokenKind.This: return new ThisExpr(line);
            case TokenKind.Field: return new FieldExpr(line, token.Text, false);
            case TokenKind.StaticField: return new FieldExpr(line, token.Text, true);
            case TokenKind.Interpolation: return Interpolation(token);
            case TokenKind.Name:
                return new NameExpr(line, token.Text, Check(TokenKind.LeftParen) || Check(TokenKind.LeftBrace) ? Arguments() : null);
            case TokenKind.LeftParen:
            {
                SkipLines();
                var inner = Expression();
                SkipLines();
                Consume(TokenKind.RightParen, "Expect ')' after expression");
                return inner;
            }
            case TokenKind.LeftBracket: return new ListExpr(line, ExpressionList(TokenKind.RightBracket));
            case TokenKind.LeftBrace: return Map(line);
            case TokenKind.Super:
                if (Match(TokenKind.Dot))
                {
                    var name = Consume(TokenKind.Name, "Expect method name after 'super.'").Text;
                    return new SuperExpr(line, name, Arguments());
                }
                return new SuperExpr(line, null, Arguments());
            default:
                _current--;
                throw Error("Expect expression");
        }
    }

    private InterpolationExpr Interpolation(Token first)
    {
        var parts = new List<string> { (string)first.Value! };
        var exprs = new List<Expr>();
        while (true)
        {
            SkipLines();
            exprs.Add(Expression());
            SkipLines();
            var next = Advance();
            if (next.Kind == TokenKind.Interpolation) parts.Add((string)next.Value!);
            else if (next.Kind == TokenKind.String)
            {
                parts.Add((string)next.Value!);
                return new InterpolationExpr(first.Line, parts, exprs);
            }
            else
            {
                _current--;
                throw Error("Expect ')' after interpolated expression");
            }
        }
    }

    private MapExpr Map(int line)
    {
        var entries = new List<(Expr, Expr)>();
        SkipLines();
        while (!Check(TokenKind.RightBrace))
        {
            var key = Conditional();
            SkipLines();
            Consume(TokenKind.Colon, "Expect ':' after map key");
            SkipLines();
            entries.Add((key, Expression()));
            SkipLines();
            if (!Match(TokenKind.Comma)) break;
            SkipLines();
        }
        SkipLines();
        Consume(TokenKind.RightBrace, "Expect '}' after map entries");
        return new MapExpr(line, entries);
    }
}
