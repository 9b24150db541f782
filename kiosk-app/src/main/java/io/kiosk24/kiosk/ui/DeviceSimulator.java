package io.kiosk24.kiosk.ui;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.barcode.SerialScannerEmulator;
import io.kiosk24.devices.document.DocumentPrinterEmulator;
import io.kiosk24.devices.gpio.MockInputs;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.SampleCard;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.serial.SerialLinkException;
import io.kiosk24.devices.smartcard.SmartCardEmulator;
import io.kiosk24.kiosk.config.Emulators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
  /** What the QR field holds at start: shaped like an e-ID code, naming nobody. */
  static final String DEMO_EID_CODE = "KIOSK24-DEMO-EID:0000-0000-0000-0001（演示码，非真实身份）";

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
    emulators
        .barcodeScanner()
        .ifPresent(scanner -> root.getChildren().add(scannerSection(scanner)));
    emulators.gpio().ifPresent(gpio -> root.getChildren().add(cabinetSection(gpio)));
    emulators.smartCard().ifPresent(card -> root.getChildren().add(smartCardSection(card)));
    emulators.a4().ifPresent(a4 -> root.getChildren().add(a4Section(a4)));
  }

  Parent root() {
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    return scroll;
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

  private VBox scannerSection(SerialScannerEmulator scanner) {
    VBox section = section("扫码器 · QR scanner");
    TextField code = new TextField(DEMO_EID_CODE);
    code.setId("scan-text");
    Label outcome = new Label();
    outcome.setId("scan-outcome");
    outcome.setWrapText(true);
    Button scan = new Button("扫码 · Scan");
    scan.setId("scan-code");
    scan.setOnAction(
        e -> {
          try {
            scanner.scan(code.getText());
            outcome.setText("已扫码 · Scanned");
          } catch (SerialLinkException ex) {
            outcome.setText("扫码器未连接 · " + ex.getMessage());
          }
        });
    section.getChildren().addAll(code, scan, outcome);
    return section;
  }

  private VBox cabinetSection(MockInputs gpio) {
    VBox section = section("机柜传感器 · Cabinet sensors (GPIO)");
    CheckBox door = new CheckBox("柜门打开 · Door open");
    door.setId("door-open");
    door.setOnAction(e -> gpio.setDoorOpen(door.isSelected()));
    CheckBox tamper = new CheckBox("防拆报警 · Tamper loop open");
    tamper.setId("tamper");
    tamper.setOnAction(e -> gpio.setTamper(tamper.isSelected()));
    CheckBox presence = new CheckBox("有人在机前 · Someone in front");
    presence.setId("presence");
    presence.setOnAction(e -> gpio.setPresence(presence.isSelected()));
    section.getChildren().addAll(door, tamper, presence);
    return section;
  }

  private VBox smartCardSection(SmartCardEmulator emulator) {
    VBox section = section("社保卡读卡器 · Smart card reader");
    Label state = new Label();
    state.setId("smartcard-state");
    Runnable show =
        () -> state.setText(emulator.isInserted() ? "卡座：已插入演示社保卡" : "卡座：空 · No card in the reader");
    Button insert = new Button("插入社保卡 · Insert card");
    insert.setId("smartcard-insert");
    insert.setOnAction(
        e -> {
          emulator.insert();
          show.run();
        });
    Button remove = new Button("拔出社保卡 · Remove card");
    remove.setId("smartcard-remove");
    remove.setOnAction(
        e -> {
          emulator.remove();
          show.run();
        });
    show.run();
    section.getChildren().addAll(new HBox(8, insert, remove), state);
    return section;
  }

  private VBox a4Section(DocumentPrinterEmulator printer) {
    VBox section = section("A4 打印机 · A4 printer");
    ToggleGroup paper = new ToggleGroup();
    HBox paperButtons = new HBox(8);
    for (ConsumableState state :
        List.of(ConsumableState.FULL, ConsumableState.LOW, ConsumableState.OUT)) {
      RadioButton button = new RadioButton(paperLabel(state));
      button.setId("a4-paper-" + state.name().toLowerCase(java.util.Locale.ROOT));
      button.setToggleGroup(paper);
      button.setSelected(state == printer.paper());
      button.setOnAction(e -> printer.setPaper(state));
      paperButtons.getChildren().add(button);
    }
    CheckBox offline = new CheckBox("脱机 · Offline");
    offline.setId("a4-offline");
    offline.setSelected(printer.isOffline());
    offline.setOnAction(e -> printer.setOffline(offline.isSelected()));
    ListView<String> printed = new ListView<>();
    printed.setId("a4-printed");
    printed.setPrefHeight(120);
    printed.setPlaceholder(new Label("还没有打印文件 · Nothing printed yet"));
    Button refresh = new Button("刷新列表 · Refresh");
    refresh.setId("a4-refresh");
    refresh.setOnAction(e -> listPrinted(printer, printed));
    listPrinted(printer, printed);
    section
        .getChildren()
        .addAll(paperButtons, offline, new Label("已打印的 PDF · Printed PDFs"), printed, refresh);
    return section;
  }

  /** File names only: the simulator opens nothing. */
  private static void listPrinted(DocumentPrinterEmulator printer, ListView<String> list) {
    try {
      list.getItems()
          .setAll(printer.printed().stream().map(p -> p.getFileName().toString()).toList());
    } catch (IOException e) {
      list.getItems().setAll("无法读取 " + printer.out() + "：" + e.getMessage());
    }
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
