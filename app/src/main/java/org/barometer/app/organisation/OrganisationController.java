package org.barometer.app.organisation;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.app.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages for the organisation structure. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationController {

  private final OrganisationStructure structure;
  private final ChangeOrganisation change;
  private final Access access;

  OrganisationController(
      OrganisationStructure structure, ChangeOrganisation change, Access access) {
    this.structure = structure;
    this.change = change;
    this.access = access;
  }

  @GetMapping
  String overview(Principal user, Model model) {
    requireAdministrator(user);
    List<OrganisationUnit> departments = structure.departments();
    model.addAttribute("departments", departments);
    model.addAttribute("servicesOf", byParent(structure.services()));
    model.addAttribute("committees", structure.committees());
    model.addAttribute(
        "departmentNames",
        departments.stream()
            .collect(Collectors.toMap(OrganisationUnit::id, OrganisationUnit::name)));
    model.addAttribute("aims", structure.aims());
    model.addAttribute("prioritiesOf", byParent(structure.priorities()));
    return "admin/organisation/index";
  }

  @GetMapping("/{kind}/new")
  String blank(@PathVariable String kind, Principal user, Model model) {
    requireAdministrator(user);
    return form(model, kind(kind), Optional.empty(), UnitForm.empty(), Map.of());
  }

  @GetMapping("/{kind}/{id}")
  String edit(@PathVariable String kind, @PathVariable long id, Principal user, Model model) {
    requireAdministrator(user);
    UnitKind unitKind = kind(kind);
    OrganisationUnit unit = unit(unitKind, id);
    return form(
        model, unitKind, Optional.of(unit), ChangeOrganisation.formOf(unitKind, unit), Map.of());
  }

  @PostMapping("/{kind}/new")
  String add(
      @PathVariable String kind,
      UnitForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    UnitKind unitKind = kind(kind);
    Map<String, String> errors = change.save(unitKind, Optional.empty(), form, user.getName());
    if (!errors.isEmpty()) {
      return form(model, unitKind, Optional.empty(), form, errors);
    }
    redirect.addFlashAttribute("success", capitalised(unitKind) + " " + form.name() + " added");
    return "redirect:/admin/organisation";
  }

  @PostMapping("/{kind}/{id}")
  String save(
      @PathVariable String kind,
      @PathVariable long id,
      UnitForm form,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    requireAdministrator(user);
    UnitKind unitKind = kind(kind);
    OrganisationUnit unit = unit(unitKind, id);
    Map<String, String> errors = change.save(unitKind, Optional.of(id), form, user.getName());
    if (!errors.isEmpty()) {
      return form(model, unitKind, Optional.of(unit), form, errors);
    }
    redirect.addFlashAttribute("success", capitalised(unitKind) + " " + form.name() + " changed");
    return "redirect:/admin/organisation";
  }

  private String form(
      Model model,
      UnitKind kind,
      Optional<OrganisationUnit> unit,
      UnitForm form,
      Map<String, String> errors) {
    model.addAttribute("kind", kind);
    model.addAttribute("unit", unit.orElse(null));
    model.addAttribute(
        "title",
        unit.isEmpty()
            ? "Add " + UnitFields.withArticle(kind.noun())
            : "Change the " + kind.noun());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("parents", kind.parent().map(p -> change.units(p.kind())).orElse(List.of()));
    return "admin/organisation/unit";
  }

  private void requireAdministrator(Principal user) {
    if (!access.mayAdminister(user.getName())) {
      throw new AccessDeniedException("Only administrators change the organisation structure");
    }
  }

  private OrganisationUnit unit(UnitKind kind, long id) {
    return change.units(kind).stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind.noun() + " " + id));
  }

  private static UnitKind kind(String path) {
    return UnitKind.ofPath(path)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such page"));
  }

  private static Map<Long, List<OrganisationUnit>> byParent(List<OrganisationUnit> units) {
    return units.stream().collect(Collectors.groupingBy(u -> u.parentId().orElse(0L)));
  }

  private static String capitalised(UnitKind kind) {
    return Character.toUpperCase(kind.noun().charAt(0)) + kind.noun().substring(1);
  }
}
