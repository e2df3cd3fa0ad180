# app-menus
