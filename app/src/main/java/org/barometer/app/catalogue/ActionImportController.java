package org.barometer.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance team's page for adding actions and milestones from an action plan file. */
@Controller
class ActionImportController {

  private final ImportActions importActions;

  ActionImportController(ImportActions importActions) {
    this.importActions = importActions;
  }

  @GetMapping("/actions/import")
  String form(Principal user, Model model) {
    requireTeam(user);
    return page(model, List.of(), "");
  }

  @PostMapping("/actions/import")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    requireTeam(user);
    if (file == null || file.isEmpty()) {
      return page(model, List.of(), "Choose an action plan file (CSV) to import");
    }
    byte[] bytes = bytes(file);
    if (file.getSize() > ImportActions.MOST_BYTES || bytes.length > ImportActions.MOST_BYTES) {
      return page(model, List.of(), ImportActions.TOO_LARGE);
    }
    List<ImportError> errors = importActions.from(bytes, user.getName());
    if (!errors.isEmpty()) {
      return page(model, errors, "");
    }
    redirect.addFlashAttribute(
        "success", "The actions in " + file.getOriginalFilename() + " are added");
    return "redirect:/actions";
  }

  private String page(Model model, List<ImportError> found, String fileError) {
    model.addAttribute("found", found);
    model.addAttribute("fileError", fileError);
    return "action/import";
  }

  private void requireTeam(Principal user) {
    if (!importActions.mayImport(user.getName())) {
      throw new AccessDeniedException("Only the performance team imports actions");
    }
  }

  /** At most one byte more than a file may have, however large the one sent. */
  private static byte[] bytes(MultipartFile file) {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(ImportActions.MOST_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
