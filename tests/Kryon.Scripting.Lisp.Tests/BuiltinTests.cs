using static Kryon.Scripting.Lisp.Tests.LispTestKit;

namespace Kryon.Scripting.Lisp.Tests;

public class BuiltinTests
{
    [Theory]
    [InlineData("(+)", "0")]
    [InlineData("(+ 1 2 3)", "6")]
    [InlineData("(+ 1 2.5)", "3.5")]
    [InlineData("(- 5)", "-5")]
    [InlineData("(- 10 1 2)", "7")]
    [InlineData("(* 2 3 4)", "24")]
    [InlineData("(/ 6 3)", "2")]
    [InlineData("(/ 1 2)", "0.5")]
    [InlineData("(/ 4)", "0.25")]
    [InlineData("(/ 1.0 0)", "##Inf")]
    [InlineData("(mod -7 3)", "2")]
    [InlineData("(rem -7 3)", "-1")]
    [InlineData("(quot 7 2)", "3")]
    [InlineData("(quot 7.5 2)", "3.0")]
    [InlineData("[(inc 1) (dec 1) (min 3 1 2) (max 3 1 2) (abs -4) (abs -1.5)]", "[2 0 1 3 4 1.5]")]
    [InlineData("[(= 1 1.0) (= [1 2] '(1 2)) (= {:a 1} {:a 1}) (= \"a\" \"a\") (not= 1 2) (= :a :a)]", "[true true true true true true]")]
    [InlineData("[(< 1 2 3) (< 1 3 2) (>= 3 3 1) (> 2 1) (<= 1 1)]", "[true false true true true]")]
    [InlineData("[(not nil) (not 0)]", "[true false]")]
    [InlineData("[(nil? nil) (some? 0) (true? true) (false? nil) (number? 1.5) (integer? 1) (float? 1) (string? \"\")]", "[true true true false true true false true]")]
    [InlineData("[(keyword? :a) (symbol? 'a) (fn? inc) (map? {}) (vector? []) (list? '()) (set? #{}) (coll? [])]", "[true true true true true true true true]")]
    [InlineData("[(empty? []) (empty? nil) (even? 2) (odd? 2) (zero? 0) (pos? 1) (neg? -1) (contains? {:a 1} :a) (contains? [5] 0)]", "[true true true false true true true true true]")]
    [InlineData("[(list 1 2) (vector 1 2) (hash-map :a 1) (hash-set 1 1 2)]", "[(1 2) [1 2] {:a 1} #{1 2}]")]
    [InlineData("[(first [1 2]) (rest [1 2]) (next [1]) (last [1 2 3]) (nth [1 2] 1) (nth [] 5 :d)]", "[1 (2) nil 3 2 :d]")]
    [InlineData("[(get {:a 1} :a) (get {:a 1} :b 0) (get [1 2] 1) (count \"héllo\") (count {:a 1})]", "[1 0 2 5 1]")]
    [InlineData("[(conj [1] 2) (conj '(1) 2) (conj #{1} 1) (conj {:a 1} [:b 2]) (cons 0 [1])]", "[[1 2] (2 1) #{1} {:a 1, :b 2} (0 1)]")]
    [InlineData("[(concat [1] '(2) nil) (assoc {:a 1} :b 2) (assoc [1 2] 0 9) (dissoc {:a 1 :b 2} :a)]", "[(1 2) {:a 1, :b 2} [9 2] {:b 2}]")]
    [InlineData("[(update {:n 1} :n + 10) (keys {:a 1 :b 2}) (vals {:a 1 :b 2}) (into [] '(1 2)) (into {} [[:a 1]]) (seq []) (seq [1])]", "[{:n 11} (:a :b) (1 2) [1 2] {:a 1} nil (1)]")]
    [InlineData("[(range 3) (range 1 4) (range 0 10 3) (range 3 0 -1) (repeat 2 :x) (reverse [1 2 3])]", "[(0 1 2) (1 2 3) (0 3 6 9) (3 2 1) (:x :x) (3 2 1)]")]
    [InlineData("[(sort [3 1 2]) (sort > [3 1 2]) (sort-by :n [{:n 2} {:n 1}]) (sort [\"b\" \"a\"])]", "[(1 2 3) (3 2 1) ({:n 1} {:n 2}) (\"a\" \"b\")]")]
    [InlineData("[(apply + 1 [2 3]) (map + [1 2] [10 20 30]) (filter even? (range 6)) (remove even? (range 6)) (reduce + [1 2 3]) (reduce + 10 [1 2]) (reduce + [])]", "[6 (11 22) (0 2 4) (1 3 5) 6 13 0]")]
    [InlineData("[(take 2 [1 2 3]) (drop 2 [1 2 3]) (take-while pos? [1 2 -1 3]) (drop-while pos? [1 -1 2])]", "[(1 2) (3) (1 2) (-1 2)]")]
    [InlineData("[(some even? [1 2 3]) (some even? [1]) (every? odd? [1 3]) (identity 4) ((partial + 1) 2) ((comp inc inc) 1)]", "[true nil true 4 3 3]")]
    [InlineData("(filter :completed [{:completed true :id 1} {:id 2}])", "({:completed true, :id 1})")]
    [InlineData("[(:a {:a 1}) (:b {:a 1} :none) ({:a 1} :a) ([10 20] 1) (#{1} 1)]", "[1 :none 1 20 1]")]
    [InlineData("(def slow (memoize (fn [x] (* x 2)))) [(slow 2) (slow 2)]", "[4 4]")]
    [InlineData("[(str) (str \"a\" 1 nil :k 1.5 \\c) (subs \"hello\" 1 3) (subs \"hello\" 2)]", "[\"\" \"a1:k1.5c\" \"el\" \"llo\"]")]
    [InlineData("(format \"%s is %d (%f, %.2f) 100%%\" \"x\" 42 1.5 3.14159)", "\"x is 42 (1.500000, 3.14) 100%\"")]
    [InlineData("[(string/upper-case \"ab\") (string/lower-case \"AB\") (string/trim \" a \") (string/split \"a,b\" \",\") (string/join \"-\" [1 2]) (clojure.string/join [1 2])]", "[\"AB\" \"ab\" \"a\" [\"a\" \"b\"] \"1-2\" \"12\"]")]
    [InlineData("[(string/includes? \"abc\" \"b\") (string/starts-with? \"abc\" \"a\") (string/ends-with? \"abc\" \"c\") (string/replace \"aXbX\" \"X\" \"-\")]", "[true true true \"a-b-\"]")]
    [InlineData("(def a (atom 1)) [(deref a) (reset! a 5) (swap! a + 2 3) @a]", "[1 5 10 10]")]
    [InlineData("[(type 1) (type \"s\") (type nil) (type {})]", "[:integer :string :nil :map]")]
    [InlineData("(eval '(+ 1 2))", "3")]
    [InlineData("[(string? (random-uuid)) (float? (rand)) (integer? (current-time-ms))]", "[true true true]")]
    [InlineData("[(keyword \"a\") (name :b) (symbol \"c\")]", "[:a \"b\" c]")]
    public void Core_builtins(string source, string expected) => Assert.Equal(expected, Eval(source));

    [Fact]
    public void Output_functions_write_display_form_joined_by_spaces()
    {
        var interpreter = NewInterpreter();
        var lines = new List<string>();
        interpreter.Output = (level, message) => lines.Add(level + ": " + message);
        Run("(log \"Counter is now:\" 3 nil) (warn :w) (error \"e\" [1 \"s\"]) (println \"p\" 1) (prn \"q\")", interpreter);
        Assert.Equal(["info: Counter is now: 3 nil", "warn: :w", "error: e [1 s]", "print: p 1", "print: \"q\""], lines);
    }

    [Theory]
    [InlineData("(log)")]
    [InlineData("(subs \"abc\" 2 10)")]
    [InlineData("(format \"%d\")")]
    [InlineData("(string/upper-case 1)")]
    [InlineData("(count 5)")]
    [InlineData("(< 1 :a)")]
    [InlineData("(swap! 1 inc)")]
    [InlineData("(assoc [1] 5 0)")]
    public void Bad_arguments_are_lisp_errors(string source) => Fails(source);
}
