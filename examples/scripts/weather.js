// scripts/weather.js - handlers for examples/weather.kry
//
// Canned readings per city; a real widget would fetch these from an API.
// Temperatures are stored in Celsius and converted for display.

var readings = {
    lisbon: { name: "Lisbon", tempC: 21, feelsC: 20, condition: "Partly cloudy", humidity: 64, wind: "14 km/h NW", icon: "partly_cloudy" },
    oslo: { name: "Oslo", tempC: 9, feelsC: 6, condition: "Light rain", humidity: 81, wind: "22 km/h SW", icon: "rain" },
    cairo: { name: "Cairo", tempC: 33, feelsC: 35, condition: "Sunny", humidity: 22, wind: "9 km/h N", icon: "sun" },
    tokyo: { name: "Tokyo", tempC: 18, feelsC: 18, condition: "Overcast", humidity: 70, wind: "11 km/h E", icon: "cloud" }
};

var current = "lisbon";
var useFahrenheit = false;

function formatTemp(celsius) {
    if (useFahrenheit) {
        return Math.round(celsius * 9 / 5 + 32) + "°F";
    }
    return Math.round(celsius) + "°C";
}

function pad2(n) {
    return n < 10 ? "0" + n : "" + n;
}

function render() {
    var r = readings[current];
    var now = new Date();
    kryon.setVariable("city", r.name);
    kryon.setVariable("condition", r.condition);
    kryon.setVariable("temperature", formatTemp(r.tempC));
    kryon.setVariable("feels_like", "Feels like " + formatTemp(r.feelsC));
    kryon.setVariable("humidity", r.humidity + "%");
    kryon.setVariable("wind", r.wind);
    kryon.setVariable("updated", "Updated " + pad2(now.getHours()) + ":" + pad2(now.getMinutes()));
    kryon.setVariable("unit_label", useFahrenheit ? "Show °C" : "Show °F");
    kryon.setProperty(kryon.getElementById("condition_icon"), "image_source", "images/weather/" + r.icon + ".png");
}

function searchCity(value, elementId) {
    var key = String(value || "").trim().toLowerCase();
    if (readings[key]) {
        current = key;
        render();
    } else {
        kryon.log("no data for city: " + value);
        kryon.setVariable("condition", "No data for " + value);
    }
}

function toggleUnits(elementId) {
    useFahrenheit = !useFahrenheit;
    render();
}

function refreshWeather(elementId) {
    // Pretend the temperature drifted a little since the last refresh.
    var r = readings[current];
    r.tempC += Math.round((Math.random() - 0.5) * 2);
    render();
}
