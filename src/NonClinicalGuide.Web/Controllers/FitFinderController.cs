using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models.FitFinder;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class FitFinderController(CatalogueDb db) : Controller
{
    private const int Shown = 8;

    [HttpGet(SitePaths.FindYourRole)]
    [PageQuery(FitAnswers.ContactKey, FitAnswers.RemoteKey, FitAnswers.EducationKey, FitAnswers.StudyKey, FitAnswers.InterestKey, FitAnswers.FromKey)]
    [RenderCap]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var answers = FitAnswers.TryParse(Request.Query, out var problem);
        if (problem is not null)
        {
            return this.BadRequestPage("We could not read those answers", problem + " Please answer the questions again.");
        }

        if (this.RedirectUnlessAt(answers?.ToUrl() ?? SitePaths.FindYourRole) is { } canonical)
        {
            return canonical;
        }

        if (answers is null)
        {
            return View(new FitFinderPage(null, [], 0));
        }

        var roles = await db.Roles
            .Select(r => new { r.Slug, r.Title, r.Summary, r.EntryEducation, r.PatientContact, r.Remote, r.Interests, Pathways = r.ClinicalPathways.Select(p => new { p.From, p.Why }).ToList() })
            .ToListAsync(cancellationToken);
        var candidates = roles.Select(r => new FitCandidate(r.Slug, r.Title, r.Summary, r.EntryEducation, r.PatientContact, r.Remote, r.Interests,
            r.Pathways.Select(p => (p.From, p.Why)).ToList()));
        var ranked = FitScorer.Rank(candidates, answers);
        return View(new FitFinderPage(answers, ranked.Where(r => !r.RuledOut).Take(Shown).ToList(), ranked.Count(FitScorer.IsGoodFit)));
    }
}
