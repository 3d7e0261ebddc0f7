// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder entry point while the main window is assembled.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}
