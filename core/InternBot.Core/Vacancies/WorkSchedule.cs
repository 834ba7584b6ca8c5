namespace InternBot.Core.Vacancies;

public enum WorkSchedule
{
    FullTime,
    PartTime,
}
