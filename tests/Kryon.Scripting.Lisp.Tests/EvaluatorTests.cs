using Kryon.Scripting.Lisp.Data;
using static Kryon.Scripting.Lisp.Tests.LispTestKit;

namespace Kryon.Scripting.Lisp.Tests;

public class EvaluatorTests
{
    [Theory]
    [InlineData("(quote (a b))", "(a b)")]
    [InlineData("(if true 1 2)", "1")]
    [InlineData("(if nil 1 2)", "2")]
    [InlineData("(if false 1)", "nil")]
    [InlineData("(if 0 :zero-is-truthy :no)", ":zero-is-truthy")]
    [InlineData("(if \"\" :yes :no)", ":yes")]
    [InlineData("(do)", "nil")]
    [InlineData("(do 1 2 3)", "3")]
    [InlineData("(def x 5) x", "5")]
    [InlineData("(def x)", "x")]
    [InlineData("(let [a 1 b (+ a 1)] (* a b))", "2")]
    [InlineData("((fn [x] (* x x)) 7)", "49")]
    [InlineData("((fn [a & more] [a more]) 1 2 3)", "[1 (2 3)]")]
    [InlineData("((fn [a & more] more) 1)", "nil")]
    [InlineData("(def f (fn ([] 0) ([x] x) ([x & r] (count r)))) [(f) (f 9) (f 1 2 3)]", "[0 9 2]")]
    [InlineData("((fn fact [n] (if (= n 0) 1 (* n (fact (dec n))))) 10)", "3628800")]
    [InlineData("(loop [i 0 acc []] (if (< i 3) (recur (inc i) (conj acc i)) acc))", "[0 1 2]")]
    [InlineData("(def b 2) `(a ~b ~@[3 4] [~b] {:k ~b})", "(a 2 3 4 [2] {:k 2})")]
    [InlineData("(defmacro unless [c & body] `(if ~c nil (do ~@body))) (unless false 1 2)", "2")]
    [InlineData("(defmacro unless [c & body] `(if ~c nil (do ~@body))) (macroexpand '(unless x y))", "(if x nil (do y))")]
    [InlineData("(try (throw (ex-info \"boom\" {:a 1})) (catch Exception e [(ex-message e) (ex-data e)]))", "[\"boom\" {:a 1}]")]
    [InlineData("(try (/ 1 0) (catch :default e (ex-message e)))", "\"Divide by zero\"")]
    [InlineData("(try (nth [] 3) (catch Exception e (:kind (ex-data e))))", ":index")]
    [InlineData("(def log-atom (atom [])) (try 1 (finally (swap! log-atom conj :done))) @log-atom", "[:done]")]
    [InlineData("(def x 10) (let [x 1] x)", "1")]
    public void Special_forms(string source, string expected) => Assert.Equal(expected, Eval(source));

    [Theory]
    [InlineData("(defn add \"docs\" [a b] (+ a b)) (add 2 3)", "5")]
    [InlineData("(defn ^:private f [] 1) (f)", "1")]
    [InlineData("(when true 1 2)", "2")]
    [InlineData("(when false 1)", "nil")]
    [InlineData("(when-not false :x)", ":x")]
    [InlineData("(cond false 1 nil 2 :else 3)", "3")]
    [InlineData("(cond false 1)", "nil")]
    [InlineData("(case :b :a 1 :b 2 3)", "2")]
    [InlineData("(case 9 :a 1 3)", "3")]
    [InlineData("(case 2 (1 2) :low :high)", ":low")]
    [InlineData("(and 1 2 3)", "3")]
    [InlineData("(and 1 nil 3)", "nil")]
    [InlineData("(and)", "true")]
    [InlineData("(or nil false :x)", ":x")]
    [InlineData("(or)", "nil")]
    [InlineData("(-> 5 (- 2) inc)", "4")]
    [InlineData("(->> [1 2 3] (map inc) (reduce +))", "9")]
    [InlineData("(-> {:profile {:name \"a\"}} :profile :name)", "\"a\"")]
    [InlineData("(if-let [x (get {:a 1} :a)] x :none)", "1")]
    [InlineData("(if-let [x nil] x :none)", ":none")]
    [InlineData("(when-let [x 5] (inc x))", "6")]
    [InlineData("(def a (atom 0)) (dotimes [i 5] (swap! a + i)) @a", "10")]
    [InlineData("(def a (atom [])) (doseq [x [1 2] y [:a :b]] (swap! a conj [x y])) @a", "[[1 :a] [1 :b] [2 :a] [2 :b]]")]
    [InlineData("(for [x [1 2 3] :when (odd? x) :let [y (* x 10)]] y)", "(10 30)")]
    [InlineData("(for [x [1 2] y [3 4]] (+ x y))", "(4 5 5 6)")]
    [InlineData("(def-atom n 3) @n", "3")]
    [InlineData("(def-event on-go [id] id) (on-go \"b\")", "\"b\"")]
    [InlineData("(let [[a b & r :as all] [1 2 3 4]] [a b r all])", "[1 2 (3 4) [1 2 3 4]]")]
    [InlineData("(let [[a [b c]] [1 [2 3]]] (+ a b c))", "6")]
    [InlineData("(let [[a b] [1]] b)", "nil")]
    [InlineData("(let [{:keys [r g] :or {g 7} :as m} {:r 1}] [r g m])", "[1 7 {:r 1}]")]
    [InlineData("(let [{x :x {y :y} :inner} {:x 1 :inner {:y 2}}] [x y])", "[1 2]")]
    [InlineData("(let [{:strs [a]} {\"a\" 5}] a)", "5")]
    [InlineData("(defn ->hex [{:keys [r]}] r) (->hex {:r 9})", "9")]
    [InlineData("(map #(* % %) [1 2 3])", "(1 4 9)")]
    [InlineData("(ns my.app (:require [x :as y])) 1", "1")]
    public void Core_macros_and_destructuring(string source, string expected) => Assert.Equal(expected, Eval(source));

    [Fact]
    public void Closures_capture_their_environment()
    {
        Assert.Equal("[11 12 105]", Eval("""
            (defn make-adder [n] (fn [x] (+ x n)))
            (def add10 (make-adder 10))
            (defn counter [] (let [c (atom 0)] (fn [] (swap! c inc))))
            (def tick (counter))
            (tick)
            [(add10 1) (+ 10 (tick)) ((make-adder 100) 5)]
            """));
    }

    [Fact]
    public void Tail_recursion_of_a_million_iterations_runs_in_constant_stack()
    {
        // Runs on a thread with a small stack: if tail calls grew the .NET stack, this would overflow.
        string? result = null;
        var thread = new Thread(() =>
        {
            result = Eval("""
                (defn count-down [n acc] (if (= n 0) acc (count-down (dec n) (inc acc))))
                (defn even-steps [n] (cond (= n 0) :done :else (even-steps (- n 1))))
                [(count-down 1000000 0) (even-steps 1000000) (loop [i 0] (if (< i 1000000) (recur (inc i)) i))]
                """);
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("[1000000 :done 1000000]", result);
    }

    [Fact]
    public void Deep_non_tail_recursion_is_a_lisp_stack_overflow_error()
    {
        var error = Fails("(defn bomb [n] (+ 1 (bomb (inc n)))) (bomb 0)");
        Assert.Equal(ErrorKind.StackOverflow, error.Kind);
        Assert.Contains("depth", error.Message);
    }

    [Fact]
    public void Deep_recursion_on_a_small_stack_still_ends_as_a_lisp_error()
    {
        LispError? error = null;
        var thread = new Thread(() =>
        {
            var interpreter = NewInterpreter();
            interpreter.Budget.MaxDepth = 1_000_000;
            try { Run("(defn bomb [n] (+ 1 (bomb (inc n)))) (bomb 0)", interpreter); }
            catch (LispError e) { error = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(ErrorKind.StackOverflow, error?.Kind);
    }

    [Fact]
    public void Recursion_within_the_depth_limit_works()
        => Assert.Equal("500", Eval("(defn depth [n] (if (= n 0) 0 (+ 1 (depth (dec n))))) (depth 500)"));

    [Fact]
    public void Infinite_loop_is_stopped_by_the_time_budget()
    {
        var interpreter = NewInterpreter();
        interpreter.Budget.MaxTime = TimeSpan.FromMilliseconds(50);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<BudgetExceededException>(() => Run("(loop [] (recur))", interpreter));
        Assert.Equal(BudgetKind.Time, e.Kind);
        Assert.True(watch.ElapsedMilliseconds < 5000);
    }

    [Fact]
    public void Infinite_loop_is_stopped_by_the_step_budget()
    {
        var interpreter = NewInterpreter();
        interpreter.Budget.MaxSteps = 100_000;
        var e = Assert.Throws<BudgetExceededException>(() => Run("(defn spin [] (spin)) (spin)", interpreter));
        Assert.Equal(BudgetKind.Steps, e.Kind);
    }

    [Fact]
    public void Huge_collections_hit_the_memory_estimate()
    {
        var interpreter = NewInterpreter();
        interpreter.Budget.MaxElements = 1000;
        var e = Assert.Throws<BudgetExceededException>(() => Run("(range 100000)", interpreter));
        Assert.Equal(BudgetKind.Memory, e.Kind);
    }

    [Fact]
    public void Budgets_are_not_catchable_by_try()
    {
        var interpreter = NewInterpreter();
        interpreter.Budget.MaxSteps = 10_000;
        Assert.Throws<BudgetExceededException>(() => Run("(try (loop [] (recur)) (catch Exception e :caught))", interpreter));
    }

    [Theory]
    [InlineData("undefined-thing", ErrorKind.UnresolvedSymbol, "Unable to resolve symbol: undefined-thing")]
    [InlineData("((fn [x] x))", ErrorKind.Arity, "Wrong number of args (0) passed to: fn")]
    [InlineData("(defn f [a] a) (f 1 2)", ErrorKind.Arity, "Wrong number of args (2) passed to: f")]
    [InlineData("(+ 1 \"a\")", ErrorKind.Type, "Expected a number")]
    [InlineData("(1 2)", ErrorKind.Type, "cannot be called")]
    [InlineData("(/ 1 0)", ErrorKind.Arithmetic, "Divide by zero")]
    [InlineData("(+ 9223372036854775807 1)", ErrorKind.Arithmetic, "overflow")]
    [InlineData("(nth [1] 5)", ErrorKind.Index, "out of bounds")]
    [InlineData("(throw (ex-info \"custom\" {}))", ErrorKind.Thrown, "custom")]
    [InlineData("(+ 1 (recur 2))", ErrorKind.Syntax, "tail position")]
    [InlineData("(loop [a 1] (recur 1 2))", ErrorKind.Arity, "recur")]
    [InlineData("(let [1 2] 1)", ErrorKind.Syntax, "Invalid binding form")]
    [InlineData("(let [a] a)", ErrorKind.Syntax, "even number")]
    [InlineData("(case 5 1 :one)", ErrorKind.Thrown, "No matching clause: 5")]
    public void Errors_have_the_spec_kinds(string source, ErrorKind kind, string message)
    {
        var error = Fails(source);
        Assert.Equal(kind, error.Kind);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Errors_carry_the_offset_of_the_innermost_form()
    {
        var source = "(defn f [x]\n  (let [y 1]\n    (+ x \"oops\")))\n(f 1)";
        var error = Fails(source);
        Assert.Equal(source.IndexOf("(+ x", StringComparison.Ordinal), error.Offset);
    }

    [Fact]
    public void Watches_run_after_changes_only()
    {
        Assert.Equal("[[:w 0 1]]", Eval("""
            (def seen (atom []))
            (def a (atom 0))
            (add-watch a :w (fn [k at old new] (swap! seen conj [k old new])))
            (reset! a 1)
            (reset! a 1)
            (remove-watch a :w)
            (reset! a 2)
            @seen
            """));
    }
}
