package io.kiosk24.kiosk.ui;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.SampleCard;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.kiosk.config.Emulators;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The demo's device simulator: a panel beside the terminal's screen that does to the emulators what
 * a citizen or the hardware would do to real devices. Every action goes through the emulator, so
 * the terminal sees it through its real drivers, byte for byte.
 */
final class DeviceSimulator {
  private final VBox root = new VBox(16);
  private final Label cardState = new Label();
  private final ImageView lastReceipt = new ImageView();
  private final Label receiptCount = new Label("还没有打印回执 · No receipt yet");

  DeviceSimulator(Emulators emulators) {
    root.setPadding(new Insets(16));
    root.setId("device-simulator");
    root.getStyleClass().add("device-simulator");
    Label title = new Label("设备模拟器 · Device simulator");
    title.getStyleClass().add("simulator-title");
    root.getChildren().add(title);
    emulators.idCard().ifPresent(card -> root.getChildren().add(idCardSection(card)));
    emulators
        .receiptPrinter()
        .ifPresent(printer -> root.getChildren().add(printerSection(printer)));
  }

  Parent root() {
    return new ScrollPane(root);
  }

  private VBox idCardSection(IdCardEmulator emulator) {
    VBox section = section("身份证阅读器 · ID card reader");
    FlowPane cards = new FlowPane(8, 8);
    List<SampleCard> samples = emulator.cards();
    for (int i = 0; i < samples.size(); i++) {
      int index = i;
      Button place = new Button("放上 " + samples.get(i).label());
      place.setId("place-card-" + i);
      place.setOnAction(
          e -> {
            emulator.placeCard(index);
            showCard(emulator);
          });
      cards.getChildren().add(place);
    }
    Button remove = new Button("取走卡片 · Remove card");
    remove.setId("remove-card");
    remove.setOnAction(
        e -> {
          emulator.removeCard();
          showCard(emulator);
        });
    cardState.setId("card-state");
    showCard(emulator);
    section.getChildren().addAll(cards, remove, cardState);
    return section;
  }

  private void showCard(IdCardEmulator emulator) {
    cardState.setText(
        emulator
            .placedCard()
            .map(i -> "读卡区：" + emulator.cards().get(i).label())
            .orElse("读卡区：空 · No card on the reader"));
  }

  private VBox printerSection(ReceiptPrinterEmulator printer) {
    VBox section = section("回执打印机 · Receipt printer");
    ToggleGroup paper = new ToggleGroup();
    HBox paperButtons = new HBox(8);
    for (ConsumableState state :
        List.of(ConsumableState.FULL, ConsumableState.LOW, ConsumableState.OUT)) {
      RadioButton button = new RadioButton(paperLabel(state));
      button.setId("paper-" + state.name().toLowerCase(java.util.Locale.ROOT));
      button.setToggleGroup(paper);
      button.setSelected(state == ConsumableState.FULL);
      button.setOnAction(e -> printer.setPaper(state));
      paperButtons.getChildren().add(button);
    }
    CheckBox cover = new CheckBox("打开机盖 · Cover open");
    cover.setId("cover-open");
    cover.setOnAction(e -> printer.setCoverOpen(cover.isSelected()));
    receiptCount.setId("receipt-count");
    lastReceipt.setPreserveRatio(true);
    lastReceipt.setFitWidth(288);
    printer.addReceiptListener(png -> Platform.runLater(() -> showReceipt(printer, png)));
    section.getChildren().addAll(paperButtons, cover, receiptCount, lastReceipt);
    return section;
  }

  private void showReceipt(ReceiptPrinterEmulator printer, Path png) {
    receiptCount.setText("已打印 " + printer.receipts().size() + " 张 · latest: " + png.getFileName());
    lastReceipt.setImage(new Image(png.toUri().toString()));
  }

  private static String paperLabel(ConsumableState state) {
    return switch (state) {
      case FULL -> "纸足 · Paper full";
      case LOW -> "将尽 · Near end";
      default -> "缺纸 · Paper out";
    };
  }

  private static VBox section(String heading) {
    Label label = new Label(heading);
    label.getStyleClass().add("simulator-heading");
    VBox section = new VBox(8, label);
    section.getStyleClass().add("simulator-section");
    return section;
  }
}
