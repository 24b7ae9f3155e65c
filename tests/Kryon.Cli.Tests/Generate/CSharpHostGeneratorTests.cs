using Kryon.Cli.Commands;
using Kryon.Cli.Generate;
using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.State;
using Kryon.Testing;

namespace Kryon.Cli.Tests.Generate;

/// <summary>`kryon generate csharp`: the class for every example compiles cleanly, and its shape follows the app.</summary>
public sealed class CSharpHostGeneratorTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Examples, "*.kry").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Generated_class_for_every_example_compiles_without_warnings(string example)
    {
        var (code, diagnostics) = GeneratedApp.For(Path.Combine(RepositoryPaths.Examples, example));
        Assert.False(diagnostics.HasErrors, DiagnosticFormatter.FormatHuman(diagnostics.Items));
        Assert.NotNull(code);
        var problems = RoslynCompiler.Check(code);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + code);
    }

    [Fact]
    public void Generation_is_deterministic_and_independent_of_the_working_directory()
    {
        string path = Path.Combine(RepositoryPaths.Examples, "todo.kry");
        string first = GeneratedApp.For(path).Code!;
        string saved = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetTempPath());
            Assert.Equal(first, GeneratedApp.For(path).Code);
        }
        finally
        {
            Directory.SetCurrentDirectory(saved);
        }
        Assert.DoesNotContain("\r", first);
    }

    [Fact]
    public void Counter_class_has_typed_properties_id_constants_and_events()
    {
        string code = GeneratedApp.For(Path.Combine(RepositoryPaths.Examples, "counter.kry")).Code!;
        Assert.Contains("namespace Kryon.Generated;", code);
        Assert.Contains("public sealed class CounterApp : IDisposable", code);
        Assert.Contains("public long Count", code);
        Assert.Contains("public long Step", code);
        Assert.Contains("public string Status", code);
        Assert.Contains("public event EventHandler<VariableChangedEventArgs<long>>? CountChanged;", code);
        Assert.Contains("public const string Increment = \"increment\";", code);
        Assert.Contains("public const string Step5 = \"step_5\";", code);
        Assert.Contains("public event EventHandler<KryonEventArgs>? IncrementClick;", code);
        Assert.Contains("(counter.kry:8)", code); // where count is declared
    }

    [Fact]
    public void Variable_types_map_to_dotnet_types_as_the_runtime_types_them()
    {
        string path = GeneratedApp.WriteTemporaryApp("types.kry", """
            @variables {
                whole: Int = 3
                ratio: Float = 0.5
                width: 10px
                label: String = "x"
                word: hello
                on: Bool = true
                tint: Color = "#FF0000"
                items: [1, 2]
            }
            App { Text { text: "$label" } }
            """);
        string code = GeneratedApp.For(path).Code!;
        Assert.Contains("public long Whole", code);
        Assert.Contains("public double Ratio", code);
        Assert.Contains("public string Label", code);
        Assert.Contains("public string Word", code);
        Assert.Contains("public bool On", code);
        Assert.Contains("public Color Tint", code);
        // Whatever the declaration looks like, the property has the type the runtime gives the variable.
        var runtime = KryonRuntime.Load(AppDocumentLoader.Load(path, new DiagnosticBag())!);
        foreach (var (name, slot) in runtime.State.GlobalVariables)
        {
            string type = slot.Type switch
            {
                VariableType.Int => "long",
                VariableType.Float => "double",
                VariableType.String => "string",
                VariableType.Bool => "bool",
                VariableType.Color => "Color",
                _ => "Literal?",
            };
            Assert.Contains($"public {type} {CSharpNames.Pascal(name, "")}\n", code);
        }
        Assert.Empty(RoslynCompiler.Check(code));
    }

    [Fact]
    public void Names_that_collide_in_csharp_get_numbers_and_a_1515_warning()
    {
        string path = GeneratedApp.WriteTemporaryApp("clash.kry", """
            @variables {
                item_count: 1
                itemCount: 2
                runtime: "r"
            }
            App { Button { id: "go"; text: "$runtime" } }
            """);
        var (code, diagnostics) = GeneratedApp.For(path);
        Assert.Contains("public long ItemCount", code);
        Assert.Contains("public long ItemCount2", code);
        Assert.Contains("public string Runtime2", code);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.GenerateNameCollision.Code));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("itemCount (clash.kry:3)", StringComparison.Ordinal));
        Assert.Empty(RoslynCompiler.Check(code!));
    }

    [Fact]
    public void An_id_that_component_instances_repeat_is_a_constant_with_a_1514_warning_and_no_events()
    {
        string path = GeneratedApp.WriteTemporaryApp("shared.kry", """
            Define Row {
                Properties { label: String = "" }
                Button { id: "row_button"; text: $label; onClick: "pressed" }
            }
            App {
                Row { label: "a" }
                Row { label: "b" }
                Button { id: "single"; onClick: "pressed" }
            }
            @script "lua" { function pressed() end }
            """);
        var (code, diagnostics) = GeneratedApp.For(path);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.GenerateSharedElementId.Code);
        Assert.Equal(3, warning.Location!.Value.Start.Line);
        Assert.Contains("public const string RowButton = \"row_button\";", code);
        Assert.DoesNotContain("RowButtonClick", code);
        Assert.Contains("SingleClick", code);
        Assert.Empty(RoslynCompiler.Check(code!));
    }

    [Fact]
    public void Events_scripts_emit_in_any_language_become_app_events()
    {
        string path = GeneratedApp.WriteTemporaryApp("emit.kry", """
            App { id: "main" }
            @script "lua" {
                function save() kryon.emit("saved", 1) end
                function again() kryon.emit("saved", 2) end
            }
            @script "javascript" {
                function load() { kryon.emit('loaded'); }
            }
            @script "lisp" {
                (defn reset [] (emit-event! "cleared" nil))
            }
            """);
        string code = GeneratedApp.For(path).Code!;
        Assert.Contains("public event EventHandler<KryonEventArgs>? MainSaved;", code);
        Assert.Contains("public event EventHandler<KryonEventArgs>? MainLoaded;", code);
        Assert.Contains("public event EventHandler<KryonEventArgs>? MainCleared;", code);
        Assert.Contains("emit(\"loaded\")", code);
        Assert.Contains("(emit.kry:7)", code); // the line of the JavaScript emit call
        Assert.Equal(1, code.Split("MainSaved;").Length - 1);
    }

    [Fact]
    public void Lifecycle_hooks_are_not_events_because_listeners_cannot_hear_them()
    {
        string path = GeneratedApp.WriteTemporaryApp("hooks.kry", """
            App { onStart: "begin"; Button { id: "b"; onMount: "begin"; onClick: "begin" } }
            @script "lua" { function begin() end }
            """);
        string code = GeneratedApp.For(path).Code!;
        Assert.DoesNotContain("AppStart", code);
        Assert.DoesNotContain("BMount", code);
        Assert.Contains("BClick", code);
    }

    [Fact]
    public void Command_writes_the_file_and_reports_what_it_generated()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("kryon-gen-").FullName, "Counter.cs");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = GenerateCommand.RunCSharp(Path.Combine(RepositoryPaths.Examples, "counter.kry"), new CSharpHostOptions("My.Apps", "Counter"), output, stdout, stderr);
        Assert.Equal(0, exit);
        Assert.Contains("class My.Apps.Counter (3 variables", stdout.ToString());
        string code = File.ReadAllText(output);
        Assert.Contains("namespace My.Apps;", code);
        Assert.Contains("public sealed class Counter : IDisposable", code);
        Assert.Empty(RoslynCompiler.Check(code));
    }

    [Fact]
    public void Command_prints_the_class_without_an_output_file()
    {
        var stdout = new StringWriter();
        int exit = GenerateCommand.RunCSharp(Path.Combine(RepositoryPaths.Examples, "hello.kry"), new CSharpHostOptions("N", "HelloApp"), null, stdout, new StringWriter());
        Assert.Equal(0, exit);
        Assert.StartsWith("// <auto-generated>", stdout.ToString());
    }

    [Theory]
    [InlineData("1Counter", "N")]
    [InlineData("class", "N")]
    [InlineData("Counter", "My..Apps")]
    [InlineData("Counter", "My.namespace")]
    public void Invalid_class_or_namespace_names_are_1513_errors(string className, string ns)
    {
        var stderr = new StringWriter();
        int exit = GenerateCommand.RunCSharp(Path.Combine(RepositoryPaths.Examples, "counter.kry"), new CSharpHostOptions(ns, className), null, new StringWriter(), stderr);
        Assert.Equal(1, exit);
        Assert.Contains("1513", stderr.ToString());
        Assert.Contains("nothing generated", stderr.ToString());
    }

    [Fact]
    public void An_app_with_errors_is_reported_with_its_location_and_nothing_is_generated()
    {
        string path = GeneratedApp.WriteTemporaryApp("broken.kry", "App {\n    widht: 10\n}\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = GenerateCommand.RunCSharp(path, new CSharpHostOptions("N", "BrokenApp"), null, stdout, stderr);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout.ToString());
        Assert.Contains("broken.kry:2:5", stderr.ToString());
        Assert.Contains("width", stderr.ToString()); // the suggestion
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_1505_error()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-gen-").FullName;
        var stderr = new StringWriter();
        int exit = GenerateCommand.RunCSharp(Path.Combine(RepositoryPaths.Examples, "counter.kry"), new CSharpHostOptions("N", "CounterApp"), Path.Combine(folder, "missing", "x.cs"), new StringWriter(), stderr);
        Assert.Equal(1, exit);
        Assert.Contains("1505", stderr.ToString());
    }

    [Theory]
    [InlineData("examples/counter.kry", "CounterApp")]
    [InlineData("calculator_lisp.kry", "CalculatorLispApp")]
    [InlineData("my_app.kry", "MyApp")]
    [InlineData("app.kry", "App")]
    [InlineData("2048.kry", "_2048App")]
    public void Default_class_names_come_from_the_file_name(string path, string expected)
        => Assert.Equal(expected, CSharpHostOptions.DefaultClassName(path));

    [Fact]
    public void A_krb_file_is_a_1516_error_that_names_the_kry_to_use()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-gen-").FullName;
        string krb = Path.Combine(folder, "counter.krb");
        Assert.Equal(0, CompileCommand.Run(Path.Combine(RepositoryPaths.Examples, "counter.kry"), krb, "human", new StringWriter()));
        var stderr = new StringWriter();
        Assert.Equal(1, GenerateCommand.RunCSharp(krb, new CSharpHostOptions("N", "CounterApp"), null, new StringWriter(), stderr));
        Assert.Contains("error[1516]", stderr.ToString());
        Assert.Contains("counter.kry", stderr.ToString());
    }

    [Fact]
    public void The_kryon_command_runs_generate_through_its_parser()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-gen-").FullName;
        string output = Path.Combine(folder, "Todo.cs");
        Assert.Equal(0, Program.Main(["generate", "csharp", Path.Combine(RepositoryPaths.Examples, "todo.kry"), "-o", output, "--namespace", "Demo.Apps", "--class", "Todo"]));
        Assert.Contains("public sealed class Todo : IDisposable", File.ReadAllText(output));
        Assert.Equal(0, Program.Main(["generate", "types", "--out-dir", folder, "--lang", "python"]));
        Assert.True(File.Exists(Path.Combine(folder, "kryon.pyi")));
        Assert.NotEqual(0, Program.Main(["generate", "types", "--lang", "go"]));
    }
}
