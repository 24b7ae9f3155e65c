using System.Reflection;
using Kryon.Cli.Commands;
using Kryon.Cli.Generate;
using Kryon.Cli.Tests.Editors;
using Kryon.Runtime.Scripting;
using Kryon.Scripting;

namespace Kryon.Cli.Tests.Generate;

/// <summary>
/// `kryon generate types`: the stubs describe exactly the functions the DOM bridge registers in the
/// engines, and each is valid in its language (tsc, python3 -m py_compile, Lua's own parser).
/// </summary>
public sealed class BridgeStubTests
{
    /// <summary>The names DomBridge.RegisterInto gives the engines, recorded by a stand-in engine.</summary>
    private static IReadOnlyList<string> RegisteredBridgeNames()
    {
        var bridgeType = typeof(ScriptManager).Assembly.GetType("Kryon.Scripting.DomBridge", throwOnError: true)!;
        var bridge = Activator.CreateInstance(bridgeType, nonPublic: true)!;
        var engine = new RecordingEngine();
        bridgeType.GetMethod("RegisterInto", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(bridge, [engine]);
        return engine.Registered;
    }

    [Fact]
    public void Bridge_description_names_exactly_the_functions_the_dom_bridge_registers()
    {
        var registered = RegisteredBridgeNames();
        Assert.True(registered.Count >= 20, $"the recording engine saw {registered.Count} registrations");
        Assert.Equal(registered.Order(StringComparer.Ordinal), BridgeApi.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_registered_bridge_function_is_in_every_stub()
    {
        string ts = TypeScriptBridgeStubs.Write();
        string py = PythonBridgeStubs.Write();
        string lua = LuaBridgeStubs.Write();
        foreach (var name in RegisteredBridgeNames())
        {
            Assert.Contains($"  function {name}(", ts);
            Assert.Contains($"\ndef {BridgeFunction.SnakeCase(name)}(", py);
            Assert.Contains($"\nfunction kryon.{name}(", lua);
        }
        Assert.Contains("\ndef get_element_by_id(id: str) -> Optional[Element]:", py);
        Assert.Contains("\ngetElementById = get_element_by_id\n", py);
    }

    [Fact]
    public void Python_names_are_the_python_hosts_snake_case()
    {
        // kryon_host.py: re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        Assert.Equal("get_element_by_id", BridgeFunction.SnakeCase("getElementById"));
        Assert.Equal("set_timeout", BridgeFunction.SnakeCase("setTimeout"));
        Assert.Equal("now", BridgeFunction.SnakeCase("now"));
        Assert.Equal("call_function", BridgeFunction.SnakeCase("callFunction"));
    }

    [Fact]
    public void Typescript_declarations_type_check_and_catch_misuse()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-ts-").FullName;
        File.WriteAllText(Path.Combine(folder, TypeScriptBridgeStubs.FileName), TypeScriptBridgeStubs.Write());
        File.WriteAllText(Path.Combine(folder, "use.ts"), """
            const el = kryon.getElementById('title');
            if (el !== null) kryon.setProperty(el, 'text', 'Hello');
            kryon.setProperty('title', 'font_size', 24);
            const watcher: number = kryon.watchVariable('count', (now, before, name) => kryon.log(name, now, before));
            kryon.unwatchVariable(watcher);
            const row = kryon.createElement('Container', { id: 'row', onClick: (id: string) => console.log(id) });
            kryon.appendChild('list', row, 0);
            const timer = kryon.setTimeout('tick', 100, 1, 2);
            kryon.clearTimer(timer);
            kryon.animate(row, { property: 'opacity', to: 0, duration: 300, easing: 'ease-in' });
            const removed: boolean = kryon.removeEventListener(kryon.addEventListener(row, 'click', () => {}));
            const die: number = kryon.random(1, 6) + kryon.random() + kryon.now();
            const handled: boolean = window.kryon.emit('saved', { id: 1 });
            console.warn(removed, die, handled, kryon.call('f', 1), kryon.callFunction(() => 1));
            // @ts-expect-error: a property value is text, a number or a flag, not an object
            kryon.setProperty(row, 'text', { nested: true });
            // @ts-expect-error: unknown bridge function
            kryon.getElementsByTag('Text');
            // @ts-expect-error: not an easing
            kryon.animate(row, { property: 'opacity', to: 0, easing: 'bounce' });
            """);
        var result = TypeCheck(folder, "use.ts");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Typescript_declarations_coexist_with_the_dom_library_and_check_plain_javascript()
    {
        // Editors type-check .js scripts with the DOM library loaded (VS Code's default): window and console merge.
        string folder = Directory.CreateTempSubdirectory("kryon-ts-").FullName;
        File.WriteAllText(Path.Combine(folder, TypeScriptBridgeStubs.FileName), TypeScriptBridgeStubs.Write());
        File.WriteAllText(Path.Combine(folder, "script.js"), """
            function increment() {
              const count = kryon.getVariable('count');
              kryon.setVariable('count', Number(count) + 1);
              window.kryon.log('count is', count);
              console.log(kryon.now());
            }
            increment();
            """);
        var result = TypeCheck(folder, "script.js", "\"es2022\", \"dom\"");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Typescript_check_fails_on_a_wrong_call_so_the_check_can_fail()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-ts-").FullName;
        File.WriteAllText(Path.Combine(folder, TypeScriptBridgeStubs.FileName), TypeScriptBridgeStubs.Write());
        File.WriteAllText(Path.Combine(folder, "wrong.ts"), "kryon.setVariable(42, 'x');\n");
        var result = TypeCheck(folder, "wrong.ts");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("wrong.ts(1,19)", result.Output);
    }

    /// <summary>`tsc --noEmit` in strict mode over kryon.d.ts and <paramref name="file"/>, with no DOM or Node typings around.</summary>
    private static ProcessResult TypeCheck(string folder, string file, string libraries = "\"es2022\"")
    {
        File.WriteAllText(Path.Combine(folder, "tsconfig.json"), $$"""
            {
              "compilerOptions": { "strict": true, "noEmit": true, "allowJs": true, "checkJs": true, "target": "es2022", "lib": [{{libraries}}], "types": [] },
              "files": ["kryon.d.ts", "{{file}}"]
            }
            """);
        return ExternalProcess.Run("node", [ExtensionPackages.Tsc, "-p", "tsconfig.json"], folder, TimeSpan.FromMinutes(3));
    }

    [Fact]
    public void Python_stub_compiles_with_python3()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-py-").FullName;
        string stub = Path.Combine(folder, PythonBridgeStubs.FileName);
        File.WriteAllText(stub, PythonBridgeStubs.Write());
        // A .pyi is Python syntax; py_compile parses and compiles it (doraise: exit 1 on a syntax error).
        var result = ExternalProcess.Run("python3", ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[1] + 'c', doraise=True)", stub], folder, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.ToString());
        // And it evaluates: every annotation names a real typing construct, every alias a defined function.
        var run = ExternalProcess.Run("python3", ["-c", "import runpy, sys; runpy.run_path(sys.argv[1])", stub], folder, TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Lua_annotations_parse_with_lua()
    {
        using var lua = new KeraLua.Lua();
        var status = lua.LoadString(LuaBridgeStubs.Write(), "kryon.lua");
        Assert.True(status == KeraLua.LuaStatus.OK, lua.ToString(-1));
        // Running the meta file defines the kryon table with one function per bridge function.
        Assert.Equal(KeraLua.LuaStatus.OK, lua.PCall(0, 0, 0));
        foreach (var function in BridgeApi.Functions)
        {
            Assert.False(lua.DoString($"return type(kryon.{function.Name})"), lua.ToString(-1));
            Assert.Equal("function", lua.ToString(-1));
            lua.Pop(1);
        }
    }

    [Fact]
    public void Command_writes_the_chosen_stubs_and_is_deterministic()
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("kryon-types-").FullName, "new", "typings");
        var stdout = new StringWriter();
        Assert.Equal(0, GenerateCommand.RunTypes(folder, "all", stdout, new StringWriter()));
        Assert.Equal(["kryon.d.ts", "kryon.lua", "kryon.pyi"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"({BridgeApi.Functions.Count} kryon functions)", stdout.ToString());
        Assert.Equal(TypeScriptBridgeStubs.Write(), File.ReadAllText(Path.Combine(folder, "kryon.d.ts")));
        Assert.Equal(PythonBridgeStubs.Write(), PythonBridgeStubs.Write());

        string onlyLua = Directory.CreateTempSubdirectory("kryon-types-").FullName;
        Assert.Equal(0, GenerateCommand.RunTypes(onlyLua, "lua", new StringWriter(), new StringWriter()));
        Assert.Equal(["kryon.lua"], Directory.GetFiles(onlyLua).Select(Path.GetFileName));
    }

    [Fact]
    public void An_out_dir_that_is_a_file_is_a_1505_error()
    {
        string file = Path.GetTempFileName();
        var stderr = new StringWriter();
        Assert.Equal(1, GenerateCommand.RunTypes(file, "all", new StringWriter(), stderr));
        Assert.Contains("1505", stderr.ToString());
    }

    /// <summary>An engine that only records the host functions registered in it.</summary>
    private sealed class RecordingEngine : IScriptEngine
    {
        public List<string> Registered { get; } = [];

        public string Language => "recording";

        public string Version => "1";

        public ScriptCapabilities Capabilities => ScriptCapabilities.None;

        public ScriptBudgets Budgets { get; set; } = ScriptBudgets.Default;

        public void RegisterHostFunction(string name, HostFunction function) => Registered.Add(name);

        public ScriptLoadResult Load(ScriptSource source) => throw new NotSupportedException();

        public bool Undefine(string name) => throw new NotSupportedException();

        public ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments) => throw new NotSupportedException();

        public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments) => throw new NotSupportedException();

        public void Release(ScriptFunctionRef function) => throw new NotSupportedException();

        public void SetGlobal(string name, ScriptValue value) => throw new NotSupportedException();

        public ScriptValue GetGlobal(string name) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
