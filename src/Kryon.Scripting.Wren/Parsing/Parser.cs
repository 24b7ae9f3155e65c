using System.Runtime.CompilerServices;
using Kryon.Scripting.Wren.Scanning;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Parsing;

/// <summary>
/// Recursive-descent parser for Wren: tokens → statements. Newlines end statements; they are
/// skipped inside brackets, after operators and commas, and before a <c>.</c> that continues a call
/// chain on the next line. Statements are in this file, expressions in Parser.Expressions.cs,
/// classes in Parser.Classes.cs.
/// </summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private int _current;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static IReadOnlyList<Stmt> Parse(string source)
    {
        var parser = new Parser(Scanner.Scan(source));
        return parser.Program();
    }

    private List<Stmt> Program()
    {
        var statements = new List<Stmt>();
        SkipLines();
        while (!Check(TokenKind.Eof))
        {
            statements.Add(Statement());
            EndOfStatement();
            SkipLines();
        }
        return statements;
    }

    // ---- token helpers ----

    private Token Peek => _tokens[_current];

    private Token Previous => _tokens[_current - 1];

    private bool Check(TokenKind kind) => Peek.Kind == kind;

    private Token Advance()
    {
        var token = _tokens[_current];
        if (token.Kind != TokenKind.Eof) _current++;
        return token;
    }

    private bool Match(TokenKind kind)
    {
        if (!Check(kind)) return false;
        Advance();
        return true;
    }

    private Token Consume(TokenKind kind, string message)
    {
        if (Check(kind)) return Advance();
        throw Error(message);
    }

    private WrenSyntaxError Error(string message) => new($"Error at {Peek}: {message}", Peek.Offset);

    private void SkipLines()
    {
        while (Check(TokenKind.Line)) Advance();
    }

    private void EndOfStatement()
    {
        if (Check(TokenKind.RightBrace) || Check(TokenKind.Eof)) return;
        Consume(TokenKind.Line, "Expect end of line after statement");
    }

    private void Guard()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error("Code nested too deeply");
    }

    // ---- statements ----

    private Stmt Statement()
    {
        Guard();
        int line = Peek.Line;
        if (Match(TokenKind.Class)) return ClassDefinition(line);
        if (Match(TokenKind.Foreign)) throw new WrenSyntaxError("Foreign classes and methods are not supported", Previous.Offset);
        if (Match(TokenKind.Import)) return Import(line);
        if (Match(TokenKind.Var))
        {
            var name = Consume(TokenKind.Name, "Expect variable name").Text;
            Expr? init = null;
            if (Match(TokenKind.Eq))
            {
                SkipLines();
                init = Expression();
            }
            return new VarStmt(line, name, init);
        }
        if (Match(TokenKind.If))
        {
            var condition = Condition();
            var then = Statement();
            Stmt? otherwise = null;
            int save = _current;
            SkipLines();
            if (Match(TokenKind.Else)) otherwise = Statement();
            else _current = save;
            return new IfStmt(line, condition, then, otherwise);
        }
        if (Match(TokenKind.While))
        {
            var condition = Condition();
            return new WhileStmt(line, condition, Statement());
        }
        if (Match(TokenKind.For))
        {
            Consume(TokenKind.LeftParen, "Expect '(' after 'for'");
            SkipLines();
            var name = Consume(TokenKind.Name, "Expect for loop variable name").Text;
            SkipLines();
            Consume(TokenKind.In, "Expect 'in' after loop variable");
            SkipLines();
            var sequence = Expression();
            SkipLines();
            Consume(TokenKind.RightParen, "Expect ')' after loop expression");
            return new ForStmt(line, name, sequence, Statement());
        }
        if (Match(TokenKind.Break)) return new BreakStmt(line);
        if (Match(TokenKind.Continue)) return new ContinueStmt(line);
        if (Match(TokenKind.Return))
        {
            if (Check(TokenKind.Line) || Check(TokenKind.RightBrace) || Check(TokenKind.Eof)) return new ReturnStmt(line, null);
            return new ReturnStmt(line, Expression());
        }
        if (Check(TokenKind.LeftBrace) && !LooksLikeMap())
        {
            Advance();
            return new BlockStmt(line, BlockBody(out _));
        }
        return new ExprStmt(line, Expression());
    }

    /// <summary>A statement starting with '{' is a block unless it reads as a map literal (<c>{}</c> alone is a block).</summary>
    private bool LooksLikeMap()
    {
        int i = _current + 1;
        if (_tokens[i].Kind is TokenKind.String or TokenKind.Number or TokenKind.True or TokenKind.False or TokenKind.Null)
            return _tokens[i + 1].Kind == TokenKind.Colon;
        return false;
    }

    private Expr Condition()
    {
        Consume(TokenKind.LeftParen, "Expect '(' before condition");
        SkipLines();
        var condition = Expression();
        SkipLines();
        Consume(TokenKind.RightParen, "Expect ')' after condition");
        return condition;
    }

    /// <summary>
    /// The statements of a block whose '{' was consumed, through its '}'. <paramref name="singleLine"/>
    /// is whether the body started on the same line as the '{' (then an expression body returns its value).
    /// </summary>
    private List<Stmt> BlockBody(out bool singleLine)
    {
        singleLine = !Check(TokenKind.Line);
        var statements = new List<Stmt>();
        SkipLines();
        while (!Check(TokenKind.RightBrace))
        {
            if (Check(TokenKind.Eof)) throw Error("Expect '}' at end of block");
            statements.Add(Statement());
            EndOfStatement();
            SkipLines();
        }
        Consume(TokenKind.RightBrace, "Expect '}' at end of block");
        return statements;
    }

    /// <summary>A function or method body after its '{' (and, for a block argument, its parameters).</summary>
    private FunctionBody Body(int line, IReadOnlyList<string> parameters)
    {
        var statements = BlockBody(out bool singleLine);
        return new FunctionBody(line, parameters, statements, singleLine && statements.Count == 1 && statements[0] is ExprStmt);
    }

    private ImportStmt Import(int line)
    {
        var module = Consume(TokenKind.String, "Expect a string after 'import'");
        var names = new List<(string, string)>();
        if (Match(TokenKind.For))
        {
            do
            {
                SkipLines();
                var name = Consume(TokenKind.Name, "Expect a name to import").Text;
                var alias = name;
                if (Match(TokenKind.As)) alias = Consume(TokenKind.Name, "Expect a name after 'as'").Text;
                names.Add((name, alias));
            } while (Match(TokenKind.Comma));
        }
        // The sandbox: the host's module is the only one there is.
        if ((string)module.Value! != "kryon")
            throw new WrenSyntaxError($"Cannot import module \"{module.Value}\": only \"kryon\" can be imported in Kryon scripts", module.Offset);
        foreach (var (name, _) in names)
            if (name != "Kryon") throw new WrenSyntaxError($"Module \"kryon\" has no variable '{name}' (it defines Kryon)", module.Offset);
        return new ImportStmt(line, (string)module.Value!, names);
    }
}
