using System.CommandLine;
using Kryon.Cli.Generate;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>
/// `kryon generate csharp app.kry [-o File.cs] [--namespace N] [--class C]`: a typed C# class for hosting the app.
/// `kryon generate types [--out-dir dir] [--lang ts|python|lua|all]`: editor stubs of the `kryon` script bridge.
/// Exit code 0 when the output was written, 1 with errors (they are printed as diagnostics).
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Generate code from an app or from the script bridge: a typed C# host class, editor type stubs.")
        {
            CreateCSharp(),
            CreateTypes(),
        };
        return command;
    }

    private static Command CreateCSharp()
    {
        var file = new Argument<string>("file") { Description = "The .kry app." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the C# file (default: print it)." };
        var ns = new Option<string>("--namespace") { Description = "The class's namespace.", DefaultValueFactory = _ => CSharpHostOptions.DefaultNamespace };
        var className = new Option<string?>("--class") { Description = "The class's name (default: the file's name in PascalCase + App, e.g. CounterApp)." };
        var command = new Command("csharp", "Write a C# class that hosts the app in a KryonRuntime: variables as typed properties, element ids as constants, changes and events as .NET events.")
        {
            file, output, ns, className,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var options = new CSharpHostOptions(parse.GetValue(ns)!, parse.GetValue(className) ?? CSharpHostOptions.DefaultClassName(path));
            return RunCSharp(path, options, parse.GetValue(output), Console.Out, Console.Error);
        });
        return command;
    }

    private static Command CreateTypes()
    {
        var outDir = new Option<string>("--out-dir") { Description = "The folder to write the stubs to (created when missing).", DefaultValueFactory = _ => "." };
        var lang = new Option<string>("--lang") { Description = "ts (kryon.d.ts), python (kryon.pyi), lua (kryon.lua) or all.", DefaultValueFactory = _ => "all" };
        lang.AcceptOnlyFromAmong([.. BridgeTypesGenerator.LanguageOptions]);
        var command = new Command("types", "Write type stubs of the kryon script bridge for editors: TypeScript declarations, a Python stub, Lua annotations.")
        {
            outDir, lang,
        };
        command.SetAction(parse => RunTypes(parse.GetValue(outDir)!, parse.GetValue(lang)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Generates the host class; prints it to <paramref name="output"/> when <paramref name="outputPath"/> is null. Diagnostics go to <paramref name="errors"/>.</summary>
    public static int RunCSharp(string path, CSharpHostOptions options, string? outputPath, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        if (!CSharpNames.IsIdentifier(options.ClassName))
            diagnostics.Report(DiagnosticCodes.GenerateInvalidName, null, $"--class '{options.ClassName}' is not a C# class name",
                $"use letters, digits and _ and start with a letter, e.g. '{CSharpHostOptions.DefaultClassName(path)}'");
        if (!CSharpNames.IsNamespace(options.Namespace))
            diagnostics.Report(DiagnosticCodes.GenerateInvalidName, null, $"--namespace '{options.Namespace}' is not a C# namespace",
                $"use dot-separated names of letters, digits and _, e.g. '{CSharpHostOptions.DefaultNamespace}'");
        var app = diagnostics.HasErrors ? null : HostedAppReader.Read(path, diagnostics);
        string? code = app is null ? null : CSharpHostGenerator.Generate(app, options, diagnostics);
        if (code is not null && outputPath is not null && !TryWrite(outputPath, code, diagnostics)) code = null;

        Report(diagnostics, errors);
        if (code is null)
        {
            errors.WriteLine($"{path}: {Count(diagnostics.ErrorCount, "error")}; nothing generated");
            return 1;
        }
        if (outputPath is null) output.Write(code);
        else output.WriteLine($"{path} -> {outputPath}: class {options.Namespace}.{options.ClassName} ({Count(app!.Variables.Count, "variable")}, {Count(app.ElementIds.Count, "element id")}, {Count(app.Events.Count, "event")} + {Count(app.Variables.Count, "change event")})");
        return 0;
    }

    /// <summary>Writes the bridge stubs for <paramref name="lang"/> into <paramref name="outDir"/>.</summary>
    public static int RunTypes(string outDir, string lang, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.FileError, null, $"Cannot create the folder '{outDir}': {e.Message}", "check the path and its permissions");
        }
        foreach (var language in diagnostics.HasErrors ? [] : BridgeTypesGenerator.LanguagesFor(lang))
        {
            string file = Path.Combine(outDir, BridgeTypesGenerator.FileNameOf(language));
            if (TryWrite(file, BridgeTypesGenerator.Generate(language), diagnostics))
                output.WriteLine($"wrote {file} ({BridgeApi.Functions.Count} kryon functions)");
        }
        Report(diagnostics, errors);
        return diagnostics.HasErrors ? 1 : 0;
    }

    private static bool TryWrite(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.FileError, null, $"Cannot write '{path}': {e.Message}", "check that the folder exists and is writable");
            return false;
        }
    }

    private static void Report(DiagnosticBag diagnostics, TextWriter errors)
    {
        bool color = errors == Console.Error && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        errors.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
    }
}
