using System.Diagnostics;
using System.Globalization;
using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Bench;

/// <summary>
/// What understanding and answering one question costs, in process and on one thread: the development sets' questions,
/// each read (normalised, analysed, scored against the example banks) and answered (planned, facts grouped), with a
/// fresh answerer per round so that no answer comes from its cache.
/// </summary>
internal static class UnderstandingBenchmark
{
    public static int Run(int rounds)
    {
        var catalogue = VacancyCatalogueLoader.Load(VacancyCatalogueLoader.DefaultPath).Catalogue
            ?? throw new InvalidOperationException("The shipped vacancy catalogue did not load.");
        var questions = Questions.Load();
        var engine = new EligibilityEngine(TimeProvider.System);
        var warm = new QuestionAnswerer(catalogue, engine, TimeProvider.System);
        foreach (var q in questions)
        {
            warm.Answer(q, "en-US", new QuestionContext());
        }

        var read = new List<double>();
        var answer = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var answerer = new QuestionAnswerer(catalogue, engine, TimeProvider.System);
            answerer.Answer("warm-up", "en-US", new QuestionContext());
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Reader.Read(q);
                read.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                answerer.Answer(q, "en-US", new QuestionContext());
                answer.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        Console.WriteLine($"Understanding: the development sets' {questions.Count} questions, {rounds} rounds, one thread, a fresh answerer each round (nothing cached)");
        Console.WriteLine();
        Console.WriteLine("| step | mean ms | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row("read (understanding only)", read);
        Row("answer (understanding, planning, facts)", answer);
        return 0;
    }

    private static void Row(string label, List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {samples.Average():0.000} | {At(0.5):0.000} | {At(0.99):0.000} | {samples[^1]:0.000} |"));
    }
}
