using Kryon.Backends.Cairo.Native;

namespace Kryon.Backends.Cairo.Tests;

public class NativeLibrariesTests
{
    [Fact]
    public void The_libraries_are_installed_on_this_machine()
    {
        Assert.Null(NativeLibraries.Check());
        Assert.Null(CairoBackend.Check());
    }

    [Fact]
    public void A_missing_library_gives_one_message_naming_the_packages_to_install()
    {
        var fake = new RequiredLibrary("libkryon-missing-test.so.9", "libkryon-missing9");
        string? message = NativeLibraries.Check([NativeLibraries.Required[0], fake]);
        Assert.NotNull(message);
        Assert.Contains("libkryon-missing-test.so.9", message);
        Assert.Contains("apt-get install libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libkryon-missing9", message);
        Assert.DoesNotContain("libcairo.so.2", message); // only what is missing is named as missing
    }

    [Fact]
    public void The_message_names_every_missing_library_with_its_package()
    {
        string message = NativeLibraries.MissingMessage(
            [new RequiredLibrary("libcairo.so.2", "libcairo2"), new RequiredLibrary("libpango-1.0.so.0", "libpango-1.0-0")]);
        Assert.Contains("libcairo.so.2 (package libcairo2)", message);
        Assert.Contains("libpango-1.0.so.0 (package libpango-1.0-0)", message);
        Assert.Contains("are not installed", message);
        Assert.Contains("sudo apt-get install libcairo2 libpango-1.0-0 libpangocairo-1.0-0", message);
    }

    [Fact]
    public void The_unavailable_exception_carries_the_message_as_is()
    {
        var e = new CairoUnavailableException(NativeLibraries.MissingMessage([new RequiredLibrary("x.so", "x")]));
        Assert.StartsWith("The cairo backend cannot start", e.Message);
    }
}
